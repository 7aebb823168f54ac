using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AiStudios.Emulator.Rendering;

/// <summary>
/// The "rendered" files: a small, deterministic byte string per project that starts like a real MP4 (an ISO BMFF
/// <c>ftyp</c> box), so content sniffers and players recognise the type, and a 1x1 PNG thumbnail.
/// </summary>
internal static class FakeMedia
{
    public const string VideoContentType = "video/mp4";
    public const string ThumbnailContentType = "image/png";
    public const int VideoLength = 4096;
    public const string AudioContentType = "audio/wav";

    /// <summary>Half a second of 8 kHz, 8-bit mono PCM.</summary>
    public const int AudioSamples = 4000;

    /// <summary>A 1x1 transparent PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static byte[] Thumbnail() => (byte[])Png.Clone();

    /// <summary>
    /// <c>ftyp</c> (isom), then <c>free</c> naming the project, then <c>mdat</c> filled from a SHA-256 chain seeded by the
    /// project id: the same project always yields the same bytes, different projects differ.
    /// </summary>
    public static byte[] Video(string projectId)
    {
        var buffer = new byte[VideoLength];
        var span = buffer.AsSpan();
        var offset = 0;

        offset += WriteBox(span[offset..], "ftyp", body =>
        {
            Encoding.ASCII.GetBytes("isom").CopyTo(body);
            BinaryPrimitives.WriteUInt32BigEndian(body[4..], 0x200);
            Encoding.ASCII.GetBytes("isomiso2avc1mp41").CopyTo(body[8..]);
            return 24;
        });

        var note = Encoding.ASCII.GetBytes($"AiStudios emulator render of project {projectId}");
        offset += WriteBox(span[offset..], "free", body =>
        {
            note.CopyTo(body);
            return note.Length;
        });

        // mdat takes the rest of the file.
        var mdatLength = VideoLength - offset;
        BinaryPrimitives.WriteUInt32BigEndian(span[offset..], (uint)mdatLength);
        Encoding.ASCII.GetBytes("mdat").CopyTo(span[(offset + 4)..]);
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(projectId));
        for (var position = offset + 8; position < VideoLength; position += seed.Length)
        {
            seed = SHA256.HashData(seed);
            seed.AsSpan(0, Math.Min(seed.Length, VideoLength - position)).CopyTo(span[position..]);
        }

        return buffer;
    }

    /// <summary>
    /// A valid WAV file (RIFF, PCM, 8 kHz, 8-bit mono) of a quiet tone whose pitch follows the file name, so players
    /// and sniffers recognise it and different files differ.
    /// </summary>
    public static byte[] Audio(string fileName)
    {
        var bytes = new byte[44 + AudioSamples];
        var span = bytes.AsSpan();
        Encoding.ASCII.GetBytes("RIFF").CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(bytes.Length - 8));
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(span[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);      // fmt chunk size
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);       // PCM
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 1);       // mono
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], 8000);    // sample rate
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], 8000);    // byte rate
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 1);       // block align
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 8);       // bits per sample
        Encoding.ASCII.GetBytes("data").CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], AudioSamples);
        var period = 8 + (SHA256.HashData(Encoding.UTF8.GetBytes(fileName))[0] % 32);
        for (var i = 0; i < AudioSamples; i++)
        {
            bytes[44 + i] = (byte)(128 + (int)(20 * Math.Sin(2 * Math.PI * i / period)));
        }

        return bytes;
    }

    private delegate int BodyWriter(Span<byte> body);

    private static int WriteBox(Span<byte> target, string type, BodyWriter writeBody)
    {
        var bodyLength = writeBody(target[8..]);
        BinaryPrimitives.WriteUInt32BigEndian(target, (uint)(8 + bodyLength));
        Encoding.ASCII.GetBytes(type).CopyTo(target[4..]);
        return 8 + bodyLength;
    }
}
