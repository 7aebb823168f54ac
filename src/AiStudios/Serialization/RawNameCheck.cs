using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace AiStudios.Serialization
{
    /// <summary>
    /// Finds a name that appears twice in one object of a value the SDK keeps raw. JsonElement
    /// keeps both (and answers with the last), so the reader looks before it parses: one pass over
    /// a copy of the reader, names kept as bytes in a pooled buffer and found again through a
    /// small open-addressing table keyed by (object, hash of the name). No allocation per name,
    /// linear in the size of the value, exact (a hash match is confirmed byte by byte).
    /// </summary>
    internal sealed class RawNameCheck
    {
        [ThreadStatic]
        private static RawNameCheck? s_cached;

        private readonly List<int> _objects = new List<int>();
        private byte[] _names = new byte[256];
        private int _namesUsed;
        private Entry[] _entries = new Entry[16];
        private int _entryCount;
        private int[] _table = new int[32];
        private int _nextObject;

        /// <summary>Throws the located failure for the first repeated name in the object or array at the probe.</summary>
        public static void Run(Utf8JsonReader probe)
        {
            RawNameCheck check = s_cached ?? new RawNameCheck();
            s_cached = null; // a nested call (there is none today) would get its own
            try
            {
                check.Scan(ref probe);
            }
            finally
            {
                check.Reset();
                s_cached = check;
            }
        }

        private void Scan(ref Utf8JsonReader probe)
        {
            // The probe is on the value's first token; its last has the same depth.
            int depth = probe.CurrentDepth;
            do
            {
                switch (probe.TokenType)
                {
                    case JsonTokenType.StartObject:
                        _objects.Add(_nextObject++);
                        break;
                    case JsonTokenType.StartArray:
                        _objects.Add(-1);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        _objects.RemoveAt(_objects.Count - 1);
                        if (probe.CurrentDepth == depth)
                        {
                            return;
                        }

                        break;
                    case JsonTokenType.PropertyName:
                        Add(ref probe, _objects[_objects.Count - 1]);
                        break;
                }
            }
            while (probe.Read());
        }

        private void Add(ref Utf8JsonReader probe, int owner)
        {
            int start = _namesUsed;
            int length = CopyName(ref probe);
            ReadOnlySpan<byte> name = new ReadOnlySpan<byte>(_names, start, length);
            int hash = Hash(name, owner);
            if (_entryCount * 2 >= _table.Length)
            {
                Grow();
            }

            int mask = _table.Length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                int index = _table[slot] - 1;
                if (index < 0)
                {
                    _table[slot] = Append(new Entry(owner, start, length, hash)) + 1;
                    return;
                }

                Entry entry = _entries[index];
                if (entry.Hash == hash && entry.Owner == owner && name.SequenceEqual(new ReadOnlySpan<byte>(_names, entry.Start, entry.Length)))
                {
                    throw JsonReadSupport.Duplicate(probe.TokenStartIndex, name);
                }
            }
        }

        /// <summary>Copies the current name, unescaped, to the end of the buffer; its length.</summary>
        private int CopyName(ref Utf8JsonReader probe)
        {
            int needed = probe.ValueIsEscaped || probe.HasValueSequence ? checked((int)(probe.HasValueSequence ? probe.ValueSequence.Length : probe.ValueSpan.Length)) : probe.ValueSpan.Length;
            Reserve(needed);
            Span<byte> target = new Span<byte>(_names, _namesUsed, needed);
            int length;
            if (!probe.ValueIsEscaped && !probe.HasValueSequence)
            {
                probe.ValueSpan.CopyTo(target);
                length = needed;
            }
            else
            {
                try
                {
                    length = probe.CopyString(target);
                }
                catch (InvalidOperationException)
                {
                    // An escaped lone surrogate, which raw values may hold: compared as written.
                    probe.ValueSpan.CopyTo(target);
                    length = probe.ValueSpan.Length;
                }
            }

            _namesUsed += length;
            return length;
        }

        private int Append(Entry entry)
        {
            if (_entryCount == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            _entries[_entryCount] = entry;
            return _entryCount++;
        }

        private void Grow()
        {
            _table = new int[_table.Length * 2];
            int mask = _table.Length - 1;
            for (int i = 0; i < _entryCount; i++)
            {
                int slot = _entries[i].Hash & mask;
                while (_table[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _table[slot] = i + 1;
            }
        }

        private void Reserve(int bytes)
        {
            if (_namesUsed + bytes > _names.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_names.Length * 2, _namesUsed + bytes));
                Buffer.BlockCopy(_names, 0, larger, 0, _namesUsed);
                ReturnNames();
                _names = larger;
            }
        }

        private void Reset()
        {
            // Large buffers go back to the pool; the small starting ones stay for the next value.
            if (_names.Length > 4096)
            {
                ReturnNames();
                _names = new byte[256];
            }

            if (_table.Length > 1024)
            {
                _table = new int[32];
                _entries = new Entry[16];
            }
            else
            {
                Array.Clear(_table, 0, _table.Length);
            }

            _objects.Clear();
            _namesUsed = 0;
            _entryCount = 0;
            _nextObject = 0;
        }

        private void ReturnNames()
        {
            if (_names.Length > 256)
            {
                ArrayPool<byte>.Shared.Return(_names);
            }
        }

        /// <summary>
        /// A hash of the name and the object it is in, seeded per process (as .NET's own string
        /// hashing is), so crafted names cannot make every lookup collide; non-negative.
        /// </summary>
        private static int Hash(ReadOnlySpan<byte> name, int owner)
        {
#if NET8_0_OR_GREATER
            var hash = new HashCode();
            hash.Add(owner);
            hash.AddBytes(name);
            return hash.ToHashCode() & 0x7FFFFFFF;
#else
            uint hash = Seed ^ (uint)owner;
            foreach (byte b in name)
            {
                hash = (hash ^ b) * 16777619u;
            }

            hash ^= hash >> 15;
            return (int)(hash & 0x7FFFFFFF);
#endif
        }

#if !NET8_0_OR_GREATER
        private static readonly uint Seed = 2166136261u ^ (uint)Guid.NewGuid().GetHashCode();
#endif

        private readonly struct Entry
        {
            public Entry(int owner, int start, int length, int hash)
            {
                Owner = owner;
                Start = start;
                Length = length;
                Hash = hash;
            }

            public int Owner { get; }

            public int Start { get; }

            public int Length { get; }

            public int Hash { get; }
        }
    }
}
