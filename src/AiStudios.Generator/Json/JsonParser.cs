using System;
using System.Globalization;
using System.Text;

namespace AiStudios.Generator.Json
{
    /// <summary>Thrown by <see cref="JsonParser"/> for text that is not JSON; carries the position.</summary>
    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(string message, TextPosition position, int length)
            : base(message)
        {
            Position = position;
            Length = length;
        }

        public TextPosition Position { get; }

        public int Length { get; }
    }

    /// <summary>
    /// A strict RFC 8259 parser (no comments, no trailing commas) that keeps line and column
    /// for every value. The generator cannot take a System.Text.Json dependency into the
    /// compiler's process without bundling it, and it needs positions for diagnostics anyway.
    /// Nesting is capped so hostile input cannot overflow the compiler's stack.
    /// </summary>
    internal sealed class JsonParser
    {
        private const int MaxDepth = 64;

        private readonly string _text;
        private int _offset;
        private int _line = 1;
        private int _lineStart;

        private JsonParser(string text)
        {
            _text = text;
        }

        public static JsonNode Parse(string text)
        {
            var parser = new JsonParser(text);
            parser.SkipWhitespace();
            JsonNode root = parser.ParseValue(0);
            parser.SkipWhitespace();
            if (parser._offset < text.Length)
            {
                throw parser.Error("Unexpected text after the end of the JSON value.", 1);
            }

            return root;
        }

        private TextPosition Position => new TextPosition(_offset, _line, _offset - _lineStart + 1);

        private JsonSyntaxException Error(string message, int length = 1) => new JsonSyntaxException(message, Position, length);

        private JsonNode ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"JSON nested deeper than {MaxDepth} levels.");
            }

            if (_offset >= _text.Length)
            {
                throw Error("Unexpected end of the text: a value was expected.", 0);
            }

            char c = _text[_offset];
            switch (c)
            {
                case '{':
                    return ParseObject(depth);
                case '[':
                    return ParseArray(depth);
                case '"':
                    {
                        TextPosition start = Position;
                        string value = ParseString();
                        JsonNode node = JsonNode.String(start, value);
                        node.Length = _offset - start.Offset;
                        return node;
                    }

                case 't':
                    return ParseLiteral("true", JsonKind.True);
                case 'f':
                    return ParseLiteral("false", JsonKind.False);
                case 'n':
                    return ParseLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ParseNumber();
                    }

                    throw Error($"Unexpected character '{Printable(c)}': a value was expected.");
            }
        }

        private JsonNode ParseObject(int depth)
        {
            TextPosition start = Position;
            JsonNode node = JsonNode.Object(start);
            _offset++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _offset++;
                node.Length = _offset - start.Offset;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Peek() == '}'
                        ? Error("Trailing comma: a property name was expected after ','.")
                        : Error("A property name in double quotes was expected.");
                }

                TextPosition namePosition = Position;
                string name = ParseString();
                int nameLength = _offset - namePosition.Offset;
                SkipWhitespace();
                Expect(':', "':' was expected after the property name.");
                SkipWhitespace();
                JsonNode value = ParseValue(depth + 1);
                node.Members.Add(new JsonMember(name, namePosition, nameLength, value));
                SkipWhitespace();
                char next = Peek();
                if (next == ',')
                {
                    _offset++;
                    continue;
                }

                if (next == '}')
                {
                    _offset++;
                    node.Length = _offset - start.Offset;
                    return node;
                }

                throw Error("',' or '}' was expected.", next == '\0' ? 0 : 1);
            }
        }

        private JsonNode ParseArray(int depth)
        {
            TextPosition start = Position;
            JsonNode node = JsonNode.Array(start);
            _offset++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _offset++;
                node.Length = _offset - start.Offset;
                return node;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']')
                {
                    throw Error("Trailing comma: a value was expected after ','.");
                }

                node.Items.Add(ParseValue(depth + 1));
                SkipWhitespace();
                char next = Peek();
                if (next == ',')
                {
                    _offset++;
                    continue;
                }

                if (next == ']')
                {
                    _offset++;
                    node.Length = _offset - start.Offset;
                    return node;
                }

                throw Error("',' or ']' was expected.", next == '\0' ? 0 : 1);
            }
        }

        private string ParseString()
        {
            _offset++; // opening quote
            StringBuilder? builder = null;
            int runStart = _offset;
            while (true)
            {
                if (_offset >= _text.Length)
                {
                    throw Error("Unterminated string.", 0);
                }

                char c = _text[_offset];
                if (c == '"')
                {
                    string result = builder is null
                        ? _text.Substring(runStart, _offset - runStart)
                        : builder.Append(_text, runStart, _offset - runStart).ToString();
                    _offset++;
                    return result;
                }

                if (c < ' ')
                {
                    throw Error(c == '\n' ? "Unterminated string: a line break inside a string." : "A control character inside a string must be escaped.");
                }

                if (c != '\\')
                {
                    _offset++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _offset - runStart);
                _offset++;
                char escape = Peek();
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_offset + 4 >= _text.Length
                            || !int.TryParse(_text.Substring(_offset + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            throw Error("'\\u' must be followed by four hexadecimal digits.");
                        }

                        builder.Append((char)code);
                        _offset += 4;
                        break;
                    default:
                        throw Error($"Invalid escape sequence '\\{Printable(escape)}'.");
                }

                _offset++;
                runStart = _offset;
            }
        }

        private JsonNode ParseNumber()
        {
            TextPosition start = Position;
            int begin = _offset;
            if (Peek() == '-')
            {
                _offset++;
            }

            if (Peek() == '0')
            {
                _offset++;
            }
            else if (!SkipDigits())
            {
                throw Error("A digit was expected in the number.");
            }

            if (Peek() == '.')
            {
                _offset++;
                if (!SkipDigits())
                {
                    throw Error("A digit was expected after the decimal point.");
                }
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _offset++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _offset++;
                }

                if (!SkipDigits())
                {
                    throw Error("A digit was expected in the exponent.");
                }
            }

            JsonNode node = JsonNode.Number(start, _text.Substring(begin, _offset - begin));
            node.Length = _offset - begin;
            return node;
        }

        private bool SkipDigits()
        {
            int begin = _offset;
            while (_offset < _text.Length && _text[_offset] >= '0' && _text[_offset] <= '9')
            {
                _offset++;
            }

            return _offset > begin;
        }

        private JsonNode ParseLiteral(string literal, JsonKind kind)
        {
            if (string.CompareOrdinal(_text, _offset, literal, 0, literal.Length) != 0)
            {
                throw Error($"Unexpected text: '{literal}' or another value was expected.");
            }

            JsonNode node = JsonNode.Literal(kind, Position);
            node.Length = literal.Length;
            _offset += literal.Length;
            return node;
        }

        private void Expect(char c, string message)
        {
            if (Peek() != c)
            {
                throw Error(message, Peek() == '\0' ? 0 : 1);
            }

            _offset++;
        }

        private char Peek() => _offset < _text.Length ? _text[_offset] : '\0';

        private void SkipWhitespace()
        {
            while (_offset < _text.Length)
            {
                char c = _text[_offset];
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _offset + 1;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                _offset++;
            }
        }

        private static string Printable(char c) => c < ' ' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();
    }
}
