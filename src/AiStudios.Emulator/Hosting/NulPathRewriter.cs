using System;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AiStudios.Emulator.Hosting;

/// <summary>
/// Kestrel refuses a request target holding <c>%00</c> while it parses the request line, before any middleware can
/// answer, with an empty 400 and a closed connection. So that such a request gets the service's envelope like any
/// other bad request, this connection middleware rewrites <c>%00</c> in request targets to <c>%01</c>, which Kestrel
/// passes on and <see cref="Http.PathGuardMiddleware"/> refuses (400 <c>INVALID_PATH</c>, connection kept).
/// </summary>
/// <remarks>
/// It follows the requests' framing and touches only the target of each request line (up to its second space);
/// the rewrite keeps every length, so framing and bodies are untouched. The emulator speaks HTTP/1.1 only, so no
/// binary HTTP/2 frame passes through it.
/// </remarks>
internal static class NulPathRewriter
{
    public static void UseNulPathRewriting(this ListenOptions listen) => listen.Use(next => async connection =>
    {
        var original = connection.Transport;
        var rewritten = new Pipe(new PipeOptions(useSynchronizationContext: false));
        var pump = PumpAsync(original.Input, rewritten.Writer);
        connection.Transport = new DuplexPipe(rewritten.Reader, original.Output);
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = original;
            original.Input.CancelPendingRead();
            await pump;
        }
    });

    private static async Task PumpAsync(PipeReader input, PipeWriter output)
    {
        var scanner = new RequestStreamScanner();
        Exception? error = null;
        try
        {
            while (true)
            {
                var result = await input.ReadAsync();
                if (result.IsCanceled)
                {
                    break;
                }

                foreach (var segment in result.Buffer)
                {
                    var target = output.GetSpan(segment.Length)[..segment.Length];
                    segment.Span.CopyTo(target);
                    scanner.Rewrite(target);
                    output.Advance(segment.Length);
                }

                input.AdvanceTo(result.Buffer.End);
                var flush = await output.FlushAsync();
                if (result.IsCompleted || flush.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            error = ex;
        }
        finally
        {
            await output.CompleteAsync(error);
        }
    }

    /// <summary>
    /// Follows the HTTP/1.1 framing of the request stream (request line, headers, a body of Content-Length bytes or
    /// chunked) so that only request targets are touched, and rewrites <c>%00</c> in them in place. Its state carries
    /// over between reads, so a <c>%00</c> split across two of them is still found. Anything it cannot follow (a line
    /// longer than 16 KiB, a length it cannot read) makes it stop rewriting for the rest of the connection, leaving
    /// the bytes to Kestrel as they came.
    /// </summary>
    internal sealed class RequestStreamScanner
    {
        private const int MaxLine = 16 * 1024;

        private readonly byte[] line = new byte[MaxLine];
        private State state = State.RequestLine;
        private int lineLength;
        private int spaces;
        private int percent; // 1 after '%' in the target, 2 after "%0"
        private long contentLength;
        private bool chunked;
        private long remaining;

        private enum State
        {
            RequestLine,
            Header,
            Body,
            ChunkSize,
            ChunkData,
            ChunkEnd,
            Trailer,
            GaveUp,
        }

        public void Rewrite(Span<byte> bytes)
        {
            var i = 0;
            while (i < bytes.Length)
            {
                switch (state)
                {
                    case State.GaveUp:
                        return;
                    case State.Body:
                    case State.ChunkData:
                        var skip = (int)Math.Min(remaining, bytes.Length - i);
                        i += skip;
                        remaining -= skip;
                        if (remaining == 0)
                        {
                            state = state == State.Body ? State.RequestLine : State.ChunkEnd;
                        }

                        continue;
                }

                var b = bytes[i];
                if (state == State.RequestLine)
                {
                    if (b == (byte)' ')
                    {
                        spaces++;
                        percent = 0;
                    }
                    else if (spaces == 1)
                    {
                        if (percent == 2 && b == (byte)'0')
                        {
                            bytes[i] = (byte)'1';
                            percent = 0;
                        }
                        else
                        {
                            percent = b == (byte)'%' ? 1 : percent == 1 && b == (byte)'0' ? 2 : 0;
                        }
                    }
                }

                i++;
                if (b == (byte)'\n')
                {
                    EndOfLine();
                }
                else if (b != (byte)'\r')
                {
                    if (lineLength == MaxLine)
                    {
                        state = State.GaveUp;
                        return;
                    }

                    line[lineLength++] = b;
                }
            }
        }

        private void EndOfLine()
        {
            var text = line.AsSpan(0, lineLength);
            lineLength = 0;
            switch (state)
            {
                case State.RequestLine:
                    spaces = 0;
                    percent = 0;
                    if (text.Length > 0)
                    {
                        // (An empty line before a request line is allowed and skipped.)
                        state = State.Header;
                        contentLength = 0;
                        chunked = false;
                    }

                    break;
                case State.Header when text.Length == 0:
                    state = chunked ? State.ChunkSize : contentLength > 0 ? State.Body : State.RequestLine;
                    remaining = contentLength;
                    break;
                case State.Header:
                    ReadHeader(text);
                    break;
                case State.ChunkSize:
                    var end = text.IndexOf((byte)';');
                    if (!long.TryParse(end < 0 ? text : text[..end], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
                    {
                        state = State.GaveUp;
                    }
                    else
                    {
                        state = size == 0 ? State.Trailer : State.ChunkData;
                        remaining = size;
                    }

                    break;
                case State.ChunkEnd:
                    state = text.Length == 0 ? State.ChunkSize : State.GaveUp;
                    break;
                case State.Trailer when text.Length == 0:
                    state = State.RequestLine;
                    break;
            }
        }

        private void ReadHeader(ReadOnlySpan<byte> header)
        {
            var colon = header.IndexOf((byte)':');
            if (colon <= 0)
            {
                return;
            }

            var name = header[..colon];
            var value = header[(colon + 1)..].Trim((byte)' ').Trim((byte)'\t');
            if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out contentLength))
                {
                    state = State.GaveUp;
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                chunked = value.Length >= 7 && Ascii.EqualsIgnoreCase(value[^7..], "chunked"u8);
            }
        }
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
