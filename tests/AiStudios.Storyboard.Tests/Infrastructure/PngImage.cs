using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace AiStudios.Tests.Storyboards.Infrastructure
{
    /// <summary>
    /// Reads the PNGs headless Chromium writes (8-bit RGB or RGBA, not interlaced) into pixels, so a
    /// test can check colours at canvas coordinates. Just enough of PNG for that; anything else is refused.
    /// </summary>
    public sealed class PngImage
    {
        private readonly byte[] _pixels;
        private readonly int _channels;

        private PngImage(int width, int height, int channels, byte[] pixels)
        {
            Width = width;
            Height = height;
            _channels = channels;
            _pixels = pixels;
        }

        public int Width { get; }

        public int Height { get; }

        public (byte R, byte G, byte B) this[int x, int y]
        {
            get
            {
                if (x < 0 || y < 0 || x >= Width || y >= Height)
                {
                    throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is outside the {Width} x {Height} image.");
                }

                int at = ((y * Width) + x) * _channels;
                return (_pixels[at], _pixels[at + 1], _pixels[at + 2]);
            }
        }

        public static PngImage Read(byte[] file)
        {
            ReadOnlySpan<byte> signature = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
            if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(signature))
            {
                throw new InvalidDataException("Not a PNG file.");
            }

            int width = 0, height = 0, channels = 0;
            using var compressed = new MemoryStream();
            int offset = 8;
            while (offset + 8 <= file.Length)
            {
                int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
                string type = System.Text.Encoding.ASCII.GetString(file, offset + 4, 4);
                ReadOnlySpan<byte> data = file.AsSpan(offset + 8, length);
                if (type == "IHDR")
                {
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data.Slice(4));
                    byte depth = data[8], colourType = data[9], interlace = data[12];
                    if (depth != 8 || interlace != 0 || (colourType != 2 && colourType != 6))
                    {
                        throw new InvalidDataException($"PNG of bit depth {depth}, colour type {colourType}, interlace {interlace}: only 8-bit RGB/RGBA, not interlaced, is read here.");
                    }

                    channels = colourType == 2 ? 3 : 4;
                }
                else if (type == "IDAT")
                {
                    compressed.Write(data);
                }
                else if (type == "IEND")
                {
                    break;
                }

                offset += 12 + length;
            }

            compressed.Position = 0;
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
        }

        private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
        {
            int stride = width * channels;
            var pixels = new byte[stride * height];
            for (int y = 0; y < height; y++)
            {
                byte filter = raw[y * (stride + 1)];
                int source = (y * (stride + 1)) + 1;
                int row = y * stride;
                for (int i = 0; i < stride; i++)
                {
                    int a = i >= channels ? pixels[row + i - channels] : 0;
                    int b = y > 0 ? pixels[row - stride + i] : 0;
                    int c = i >= channels && y > 0 ? pixels[row - stride + i - channels] : 0;
                    int value = raw[source + i];
                    pixels[row + i] = (byte)(filter switch
                    {
                        0 => value,
                        1 => value + a,
                        2 => value + b,
                        3 => value + ((a + b) / 2),
                        4 => value + Paeth(a, b, c),
                        _ => throw new InvalidDataException($"Unknown PNG filter {filter} in row {y}."),
                    });
                }
            }

            return pixels;
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c;
            int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
