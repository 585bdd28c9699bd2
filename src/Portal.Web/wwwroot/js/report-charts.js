// Draws the report's charts with Chart.js from the figures the server put on each canvas (data-labels, data-values,
// data-kind, data-label). The same figures stand in the table beneath each chart, which is what screen readers and
// script-less browsers read; the canvas carries role="img" and a label saying so.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  const palette = ['#0d6efd', '#198754', '#ffc107', '#dc3545', '#6f42c1', '#20c997', '#fd7e14', '#6c757d', '#0dcaf0', '#d63384', '#6610f2', '#adb5bd', '#343a40'];
  document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
    const labels = JSON.parse(canvas.dataset.labels);
    const values = JSON.parse(canvas.dataset.values);
    const kind = canvas.dataset.chart;
    new Chart(canvas, {
      type: kind,
      data: {
        labels,
        datasets: [{
          label: canvas.dataset.label,
          data: values,
          backgroundColor: kind === 'doughnut' ? palette.slice(0, values.length) : palette[0],
          borderColor: kind === 'line' ? palette[0] : undefined,
        }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: kind === 'doughnut', position: 'bottom' } },
        scales: kind === 'doughnut' ? {} : { y: { beginAtZero: true } },
      },
    });
  });
}());
