using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace AiStudios.Serialization
{
    /// <summary>Reads a value at the reader's position and leaves the reader on its last token.</summary>
    internal delegate T JsonReadFunc<T>(ref Utf8JsonReader reader);

    /// <summary>
    /// The entry point of every parse: runs a generated reader over a whole UTF-8 document and
    /// turns any failure (bad syntax, wrong types, missing required values, invalid UTF-8) into
    /// one <see cref="AiStudiosJsonException"/> that names line, column and JSON path. The
    /// generated reader builds objects only after reading them whole, so nothing half-filled
    /// escapes.
    /// </summary>
    internal static class JsonDocumentReader
    {
        private static readonly JsonReaderOptions Options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = 64,
        };

        public static T Read<T>(string json, JsonReadFunc<T> read)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
            try
            {
                int length = Encoding.UTF8.GetBytes(json, 0, json.Length, rented, 0);
                return Read(new ReadOnlySpan<byte>(rented, 0, length), read);
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
            var reader = new Utf8JsonReader(SkipByteOrderMark(utf8Json, out int bom), Options);
            ReadOnlySpan<byte> json = utf8Json.Slice(bom);
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
                throw Describe(json, failure.Offset, failure.Message, failure);
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
                // Utf8JsonReader raises this for a string it cannot decode: invalid UTF-8, or an
                // escaped lone surrogate where a typed string property needs real text.
                throw Describe(json, reader.TokenStartIndex, "A string cannot be read as text: it holds bytes that are not UTF-8 or an escaped lone surrogate such as \\udc00 (" + e.Message + ")", e);
            }
        }

        private static AiStudiosJsonException Describe(ReadOnlySpan<byte> json, long offset, string problem, Exception inner)
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

        private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> json, out int length)
        {
            length = json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF ? 3 : 0;
            return json.Slice(length);
        }
    }
}
