// Live feedback for the configurator: posts the form to the server's evaluation as the buyer edits and puts the
// answer (figures, drawing, messages) in place. The rules live on the server only; without script the form still posts.
(function () {
  const form = document.getElementById('configurator');
  const panel = document.getElementById('evaluation');
  if (!form || !panel) {
    return;
  }
  let timer;
  let pending;

  function showProblems() {
    form.querySelectorAll('[data-problem-for]').forEach((field) => { field.replaceChildren(); });
    panel.querySelectorAll('[data-field-problem]').forEach((problem) => {
      const field = form.querySelector(`[data-problem-for="${CSS.escape(problem.dataset.fieldProblem)}"]`);
      if (field) {
        const message = document.createElement('span');
        message.className = 'd-block';
        message.textContent = problem.textContent;
        field.append(message);
      }
    });
  }

  // The portal limits how often one person asks for feedback; say so rather than show stale figures silently.
  function showTooManyUpdates() {
    panel.querySelector('[data-too-many-updates]')?.remove();
    const notice = document.createElement('p');
    notice.className = 'alert alert-warning';
    notice.setAttribute('role', 'status');
    notice.dataset.tooManyUpdates = '';
    notice.textContent = 'Too many updates in a short time: the figures below are from before your last change. Wait a moment, then change a field again.';
    panel.prepend(notice);
  }

  async function evaluate() {
    pending?.abort();
    pending = new AbortController();
    try {
      const response = await fetch(form.dataset.evaluateUrl, { method: 'POST', body: new FormData(form), signal: pending.signal });
      if (response.ok) {
        panel.innerHTML = await response.text();
        showProblems();
      } else if (response.status === 429) {
        showTooManyUpdates();
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        throw error;
      }
    }
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(evaluate, 200);
  }

  // A component row offers what fits the rack chosen (its generation), as the server does, and keeps the one chosen
  // so that the evaluation can say it does not fit.
  function offerFittingComponents() {
    const generation = form.elements.namedItem('RackSku')?.selectedOptions[0]?.dataset.generation;
    form.querySelectorAll('option[data-fits]').forEach((option) => {
      const offered = !generation || option.selected || option.dataset.fits.split(' ').includes(generation);
      option.hidden = !offered;
      option.disabled = !offered;
    });
  }

  offerFittingComponents();
  form.elements.namedItem('RackSku')?.addEventListener('change', offerFittingComponents);
  form.addEventListener('input', soon);
  form.addEventListener('change', soon);
})();
