using System;
using System.Buffers;

namespace AiStudios.Serialization
{
    /// <summary>
    /// An <see cref="IBufferWriter{T}"/> over one array rented from <see cref="ArrayPool{T}.Shared"/>,
    /// grown by renting a larger one: a document is written once into pooled memory and copied once,
    /// into an array of its exact size, instead of being grown from 256 bytes through
    /// <c>Utf8JsonWriter</c>'s own buffers and copied again through a <c>MemoryStream</c>.
    /// </summary>
    internal sealed class PooledBufferWriter : IBufferWriter<byte>
    {
        private const int MinimumSize = 4096;

        private byte[] _buffer = Array.Empty<byte>();
        private int _written;

        public int WrittenCount => _written;

        public ReadOnlySpan<byte> WrittenSpan => new ReadOnlySpan<byte>(_buffer, 0, _written);

        /// <summary>Rents a buffer of at least <paramref name="sizeHint"/> bytes for a new document.</summary>
        public void Start(int sizeHint)
        {
            if (_buffer.Length != 0)
            {
                throw new InvalidOperationException("The buffer is in use: Finish the document it holds first.");
            }

            _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, MinimumSize));
            _written = 0;
        }

        /// <summary>Returns the buffer to the pool; what was written is gone.</summary>
        public void Finish()
        {
            byte[] buffer = _buffer;
            _buffer = Array.Empty<byte>();
            _written = 0;
            if (buffer.Length != 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>A new array of exactly the bytes written (not zeroed first, as every byte is copied over).</summary>
        public byte[] ToArray()
        {
#if NET8_0_OR_GREATER
            byte[] result = GC.AllocateUninitializedArray<byte>(_written);
#else
            byte[] result = new byte[_written];
#endif
            WrittenSpan.CopyTo(result);
            return result;
        }

        public void Advance(int count)
        {
            if (count < 0 || _written > _buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "Advanced past the end of the buffer.");
            }

            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _buffer.AsSpan(_written);
        }

        private void Ensure(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (_buffer.Length - _written >= needed)
            {
                return;
            }

            if (_buffer.Length == 0)
            {
                throw new InvalidOperationException("Start a document before writing to the buffer.");
            }

            // Doubling keeps the copies to less than the final size in all.
            long size = Math.Max((long)_buffer.Length * 2, (long)_written + needed);
            if (size > int.MaxValue)
            {
                throw new OutOfMemoryException("The JSON document is larger than an array can hold.");
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent((int)size);
            WrittenSpan.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
