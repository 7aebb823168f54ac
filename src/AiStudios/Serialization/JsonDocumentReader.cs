using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AiStudios.Validation.Rules;

namespace AiStudios.Serialization
{
    /// <summary>Reads a value at the reader's position and leaves the reader on its last token.</summary>
    internal delegate T JsonReadFunc<T>(ref Utf8JsonReader reader);

    /// <summary>
    /// The entry point of every parse: runs a generated reader over a whole UTF-8 document and
    /// turns any failure (bad syntax, wrong types, missing required values, duplicate names,
    /// invalid UTF-8, lone surrogates) into one <see cref="AiStudiosJsonException"/> that names
    /// line, column and JSON path. The generated reader builds objects only after reading them
    /// whole, so nothing half-filled escapes.
    /// </summary>
    internal static class JsonDocumentReader
    {
        private static readonly JsonReaderOptions Options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = 64,
        };

        // Refuses a lone surrogate instead of writing U+FFFD for it, as Encoding.UTF8 would.
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static T Read<T>(string json, JsonReadFunc<T> read)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
            try
            {
                int length;
                try
                {
                    length = StrictUtf8.GetBytes(json, 0, json.Length, rented, 0);
                }
                catch (EncoderFallbackException e)
                {
                    throw LoneSurrogate(json, e);
                }

                // UTF-8 made from a string without lone surrogates is valid: no need to check it again.
                return ReadUtf8(new ReadOnlySpan<byte>(rented, 0, length), read);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        public static T Read<T>(Stream utf8Json, JsonReadFunc<T> read)
        {
            if (utf8Json is null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            using var buffer = new MemoryStream();
            utf8Json.CopyTo(buffer);
            return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), read);
        }

        public static async Task<T> ReadAsync<T>(Stream utf8Json, JsonReadFunc<T> read, CancellationToken cancellationToken)
        {
            if (utf8Json is null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            using var buffer = new MemoryStream();
            await utf8Json.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), read);
        }

        public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonReadFunc<T> read)
        {
            ReadOnlySpan<byte> json = SkipByteOrderMark(utf8Json);
            int invalid = Utf8Text.FirstInvalidByte(json);
            if (invalid >= 0)
            {
                string problem = "Invalid UTF-8: the byte 0x" + json[invalid].ToString("X2", CultureInfo.InvariantCulture)
                    + " does not start or continue a valid UTF-8 sequence; JSON text must be UTF-8.";
                throw Describe(json, invalid, problem, null);
            }

            return ReadUtf8(json, read);
        }

        /// <summary>Reads UTF-8 known to be valid, without a byte order mark.</summary>
        private static unsafe T ReadUtf8<T>(ReadOnlySpan<byte> json, JsonReadFunc<T> read)
        {
            // Pinned for the read, so values kept raw are copied as the bytes they came as.
            fixed (byte* start = json)
            {
                RawSource.Scope previous = RawSource.Enter(start, json.Length);
                try
                {
                    return ReadPinned(json, read);
                }
                finally
                {
                    RawSource.Exit(previous);
                }
            }
        }

        private static T ReadPinned<T>(ReadOnlySpan<byte> json, JsonReadFunc<T> read)
        {
            var reader = new Utf8JsonReader(json, Options);
            try
            {
                if (!reader.Read())
                {
                    throw new JsonReadFailure("The JSON is empty.", 0);
                }

                T value = read(ref reader);

                // Anything but whitespace after the value is an error the reader raises here.
                reader.Read();
                return value;
            }
            catch (JsonReadFailure failure)
            {
                long offset = failure.AtNameBefore ? JsonPathFinder.NameBefore(json, failure.Offset) : failure.Offset;
                throw Describe(json, offset, failure.Message, failure);
            }
            catch (AiStudiosJsonException)
            {
                throw;
            }
            catch (JsonException e)
            {
                long offset = JsonPathFinder.Offset(json, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                throw Describe(json, offset, Syntax(e.Message), e);
            }
            catch (InvalidOperationException e)
            {
                // The bytes are valid UTF-8, so Utf8JsonReader raises this only for an escaped lone
                // surrogate (\udc00) where text is needed: a typed string property or a property name.
                throw Describe(json, reader.TokenStartIndex, "A string holds an escaped lone surrogate such as \\udc00, half of a UTF-16 pair that is not text; only a value the SDK keeps raw may hold one, not a typed string or a property name.", e);
            }
        }

        /// <summary>A string with half a surrogate pair: where it is, as for any other bad input.</summary>
        private static AiStudiosJsonException LoneSurrogate(string json, Exception inner)
        {
            int index = LoneSurrogates.FirstIndex(json);
            index = index < 0 ? 0 : index;

            // The same text with the surrogate replaced: byte offsets up to it are those the read would have had.
            byte[] replaced = Encoding.UTF8.GetBytes(json);
            int offset = Encoding.UTF8.GetByteCount(json.Substring(0, index));
            string problem = "The text holds " + LoneSurrogates.Describe(json, index) + ", half of a UTF-16 pair: it is not Unicode text and cannot be read as JSON.";
            return Describe(replaced, offset, problem, inner);
        }

        private static AiStudiosJsonException Describe(ReadOnlySpan<byte> json, long offset, string problem, Exception? inner)
        {
            (long line, long column) = JsonPathFinder.LineAndColumn(json, offset);
            return new AiStudiosJsonException(problem, JsonPathFinder.PathAt(json, offset), line, column, inner);
        }

        /// <summary>System.Text.Json's message without its own position suffix, which ours replaces.</summary>
        private static string Syntax(string message)
        {
            int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            string text = position > 0 ? message.Substring(0, position).TrimEnd() : message;

            // Our options are fixed; advice to change them would only confuse a user.
            text = text.Replace(" which is not supported in this mode. Change the reader options.", "; JSON does not allow one.")
                .Replace(" Change the reader options.", string.Empty);
            return "Invalid JSON: " + text;
        }

        private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> json) =>
            json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF ? json.Slice(3) : json;
    }
}
