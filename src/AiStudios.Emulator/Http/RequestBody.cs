using System;
using System.Buffers;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AiStudios.Emulator.Http;

/// <summary>
/// A request body read whole into a buffer of the emulator's own pool (two buffers per size at most are kept, so a
/// burst of large bodies does not leave many behind), returned on <see cref="Dispose"/>. A body that is kept (a stored
/// project) is copied out with <see cref="ToArray"/>; a refused one never leaves the pool.
/// </summary>
internal sealed class RequestBody : IDisposable
{
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create((int)JsonBodyRoute.Largest + 1, maxArraysPerBucket: 2);
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private byte[]? buffer;
    private readonly int start;
    private readonly int length;

    private RequestBody(byte[] buffer, int length)
    {
        this.buffer = buffer;

        // A BOM is tolerated like most JSON servers do; the parser itself refuses one.
        start = buffer.AsSpan(0, length).StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        this.length = length - start;
    }

    /// <summary>The body's bytes, without a BOM.</summary>
    public ReadOnlyMemory<byte> Json => new(buffer ?? throw new ObjectDisposedException(nameof(RequestBody)), start, length);

    public int Length => length;

    /// <summary>Reads the whole body; null when it is longer than <paramref name="limit"/> (the rest is not read).</summary>
    public static async Task<RequestBody?> ReadAsync(HttpContext context, long limit)
    {
        var stream = context.Request.Body;
        var declared = context.Request.ContentLength;
        if (declared > limit)
        {
            return null;
        }

        var buffer = Pool.Rent((int)Math.Max(1, Math.Min(declared ?? 16 * 1024, limit + 1)));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = Pool.Rent((int)Math.Min(Math.Max((long)buffer.Length * 2, 16 * 1024), limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    Pool.Return(buffer);
                    buffer = larger;
                }

                var n = await stream.ReadAsync(buffer.AsMemory(length, (int)Math.Min(buffer.Length - length, limit + 1 - length)), context.RequestAborted);
                if (n == 0)
                {
                    var body = new RequestBody(buffer, length);
                    buffer = null;
                    return body;
                }

                length += n;
                if (length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                Pool.Return(buffer);
            }
        }
    }

    /// <summary>A copy of exactly the body's bytes, to keep.</summary>
    public byte[] ToArray() => Json.ToArray();

    public void Dispose()
    {
        if (buffer is not null)
        {
            Pool.Return(buffer);
            buffer = null;
        }
    }
}
