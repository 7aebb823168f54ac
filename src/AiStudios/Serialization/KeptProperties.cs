using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;

namespace AiStudios.Serialization
{
    /// <summary>
    /// What a generated class keeps in <c>AdditionalProperties</c>: names in the order read, each
    /// with its exact raw UTF-8 text as it came (whitespace included) until someone asks for the
    /// value, when it becomes a <see cref="JsonElement"/> once. A property read and written back,
    /// which is nearly all of them, costs one copy of its bytes instead of a dictionary entry and a
    /// <see cref="JsonDocument"/>, and is written from those bytes verbatim.
    /// </summary>
    /// <remarks>
    /// A dictionary to its users (<see cref="IDictionary{TKey, TValue}"/>, ordinal names), with one
    /// difference from <see cref="Dictionary{TKey, TValue}"/>: enumeration follows the order of
    /// insertion even after removals. Names are found by a linear search while there are few (an
    /// object rarely carries more than a handful) and through an index past that.
    /// </remarks>
    internal sealed class KeptProperties : IDictionary<string, JsonElement>, IReadOnlyDictionary<string, JsonElement>
    {
        private const int IndexFrom = 8;

        private Entry[] _entries = new Entry[4];
        private int _count;
        private int _version;
        private Dictionary<string, int>? _index;

        public int Count => _count;

        public bool IsReadOnly => false;

        /// <summary>The entries in order, for the generated writer (which writes raw ones from their bytes).</summary>
        internal ReadOnlySpan<Entry> Entries => new ReadOnlySpan<Entry>(_entries, 0, _count);

        public ICollection<string> Keys
        {
            get
            {
                var keys = new List<string>(_count);
                for (int i = 0; i < _count; i++)
                {
                    keys.Add(_entries[i].Key);
                }

                return keys.AsReadOnly();
            }
        }

        public ICollection<JsonElement> Values
        {
            get
            {
                var values = new List<JsonElement>(_count);
                for (int i = 0; i < _count; i++)
                {
                    values.Add(ValueAt(i));
                }

                return values.AsReadOnly();
            }
        }

        IEnumerable<string> IReadOnlyDictionary<string, JsonElement>.Keys => Keys;

        IEnumerable<JsonElement> IReadOnlyDictionary<string, JsonElement>.Values => Values;

        public JsonElement this[string key]
        {
            get
            {
                int i = IndexOf(key);
                return i >= 0 ? ValueAt(i) : throw new KeyNotFoundException($"AdditionalProperties holds no '{AiStudios.Validation.Rules.Echo.Of(key)}'.");
            }

            set
            {
                int i = IndexOf(key);
                if (i >= 0)
                {
                    _entries[i] = new Entry(key, null, value);
                    _version++;
                }
                else
                {
                    Append(new Entry(key, null, value));
                }
            }
        }

        /// <summary>Keeps a value read from JSON as its raw UTF-8 text; the caller has made sure the name is new.</summary>
        internal void AddRaw(string key, byte[] raw) => Append(new Entry(key, raw, default));

        /// <summary>Keeps a value read from JSON, replacing any entry of that name.</summary>
        internal void SetRaw(string key, byte[] raw)
        {
            int i = IndexOf(key);
            if (i >= 0)
            {
                _entries[i] = new Entry(key, raw, default);
                _version++;
            }
            else
            {
                Append(new Entry(key, raw, default));
            }
        }

        /// <summary>Keeps an already made value (a value read without its raw text at hand).</summary>
        internal void AddElement(string key, JsonElement value) => Append(new Entry(key, null, value));

        public void Add(string key, JsonElement value)
        {
            if (IndexOf(key) >= 0)
            {
                throw new ArgumentException($"AdditionalProperties already holds '{AiStudios.Validation.Rules.Echo.Of(key)}'.", nameof(key));
            }

            Append(new Entry(key, null, value));
        }

        public void Add(KeyValuePair<string, JsonElement> item) => Add(item.Key, item.Value);

        public bool ContainsKey(string key) => IndexOf(key) >= 0;

        public bool Contains(KeyValuePair<string, JsonElement> item) =>
            TryGetValue(item.Key, out JsonElement value) && EqualityComparer<JsonElement>.Default.Equals(value, item.Value);

        public bool TryGetValue(string key, out JsonElement value)
        {
            int i = IndexOf(key);
            value = i >= 0 ? ValueAt(i) : default;
            return i >= 0;
        }

        public bool Remove(string key)
        {
            int i = IndexOf(key);
            if (i < 0)
            {
                return false;
            }

            RemoveAt(i);
            return true;
        }

        public bool Remove(KeyValuePair<string, JsonElement> item)
        {
            if (!Contains(item))
            {
                return false;
            }

            RemoveAt(IndexOf(item.Key));
            return true;
        }

        public void Clear()
        {
            Array.Clear(_entries, 0, _count);
            _count = 0;
            _index = null;
            _version++;
        }

        public void CopyTo(KeyValuePair<string, JsonElement>[] array, int arrayIndex)
        {
            if (array is null)
            {
                throw new ArgumentNullException(nameof(array));
            }

            if (arrayIndex < 0 || arrayIndex > array.Length - _count)
            {
                throw new ArgumentOutOfRangeException(nameof(arrayIndex));
            }

            for (int i = 0; i < _count; i++)
            {
                array[arrayIndex + i] = new KeyValuePair<string, JsonElement>(_entries[i].Key, ValueAt(i));
            }
        }

        public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator()
        {
            int version = _version;
            for (int i = 0; i < _count; i++)
            {
                KeyValuePair<string, JsonElement> pair = new KeyValuePair<string, JsonElement>(_entries[i].Key, ValueAt(i));
                yield return pair;
                if (version != _version)
                {
                    throw new InvalidOperationException("AdditionalProperties was changed while it was being enumerated.");
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>The value at <paramref name="i"/>, made from its raw text on first use and kept.</summary>
        private JsonElement ValueAt(int i)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Raw is not null && entry.Element.ValueKind == JsonValueKind.Undefined)
            {
                var reader = new Utf8JsonReader(entry.Raw);
                reader.Read();
                entry = new Entry(entry.Key, entry.Raw, JsonElement.ParseValue(ref reader));
            }

            return entry.Element;
        }

        private int IndexOf(string key)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            if (_index is not null)
            {
                return _index.TryGetValue(key, out int found) ? found : -1;
            }

            for (int i = 0; i < _count; i++)
            {
                if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            if (_count >= IndexFrom)
            {
                BuildIndex();
            }

            return -1;
        }

        private void Append(Entry entry)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            _entries[_count] = entry;
            _index?.Add(entry.Key, _count);
            _count++;
            _version++;
        }

        private void RemoveAt(int i)
        {
            _count--;
            Array.Copy(_entries, i + 1, _entries, i, _count - i);
            _entries[_count] = default;
            _index = null;
            _version++;
        }

        private void BuildIndex()
        {
            var index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (int i = 0; i < _count; i++)
            {
                index.Add(_entries[i].Key, i);
            }

            _index = index;
        }

        /// <summary>One kept property: its raw UTF-8 text as read (until replaced), its value once made or set.</summary>
        internal readonly struct Entry
        {
            public Entry(string key, byte[]? raw, JsonElement element)
            {
                Key = key;
                Raw = raw;
                Element = element;
            }

            public string Key { get; }

            /// <summary>The value's exact text as it came; null for a value set through the dictionary.</summary>
            public byte[]? Raw { get; }

            public JsonElement Element { get; }
        }
    }
}
