using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace AiStudios.Client.Tests.Infrastructure;

/// <summary>Keeps every log line (message, structured values and exception text) so tests can search them for secrets.</summary>
public sealed class CapturingLogger : ILogger, ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines.ToArray();

    public string AllText => string.Join("\n", lines);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = $"{logLevel} {eventId.Name}: {formatter(state, exception)}";
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var pair in values)
            {
                line += $" | {pair.Key}={pair.Value}";
            }
        }

        if (exception is not null)
        {
            line += " | " + exception;
        }

        lines.Enqueue(line);
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }
}
