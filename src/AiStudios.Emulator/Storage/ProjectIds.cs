using System;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AiStudios.Emulator.Storage;

/// <summary>
/// Makes ids shaped like the service's (<c>_id</c> suggests MongoDB ObjectIds): 24 lowercase hex digits, a 4-byte
/// timestamp then 8 random bytes.
/// </summary>
internal static class ProjectIds
{
    public static string New(DateTimeOffset now) => New(now, "");

    /// <summary>An id with a prefix, e.g. for backend task ids.</summary>
    public static string New(DateTimeOffset now, string prefix)
    {
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)now.ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(bytes[4..]);
        return prefix + Convert.ToHexStringLower(bytes);
    }
}
