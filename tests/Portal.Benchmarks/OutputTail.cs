using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>Keeps the last lines a child process wrote, to show them when it fails.</summary>
internal sealed class OutputTail(int capacity)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Follow(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }
            _lines.Enqueue(line);
        }
    }
}
