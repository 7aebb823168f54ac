using System.Text;
using AiStudios.Generator.Model;

namespace AiStudios.Generator.Emit
{
    /// <summary>XML documentation comments from schema descriptions.</summary>
    internal static class Docs
    {
        public static void Summary(SourceWriter writer, string? text, string? fallback = null)
        {
            string? content = text ?? fallback;
            if (content is null)
            {
                return;
            }

            writer.Line("/// <summary>");
            foreach (string line in Escape(content, multiLine: true).Split('\n'))
            {
                writer.Line("/// " + line.TrimEnd());
            }

            writer.Line("/// </summary>");
        }

        public static void Remarks(SourceWriter writer, string text)
        {
            writer.Line("/// <remarks>" + text + "</remarks>");
        }

        /// <summary>
        /// Escapes XML and turns markdown <c>`code`</c> into <c>&lt;c&gt;code&lt;/c&gt;</c>. Line breaks
        /// become spaces unless <paramref name="multiLine"/> (the caller then splits the text into
        /// <c>///</c> lines itself): in a <c>///</c> line, any of C#'s line breaks would turn the rest into code.
        /// </summary>
        public static string Escape(string text, bool multiLine = false)
        {
            var builder = new StringBuilder(text.Length + 16);
            bool inCode = false;
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '`':
                        builder.Append(inCode ? "</c>" : "<c>");
                        inCode = !inCode;
                        break;
                    case '\r': break;
                    case '\n' when multiLine: builder.Append(c); break;

                    // Would end the /// line in C#: the rest of the text would become code.
                    case '\n':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        builder.Append(' ');
                        break;
                    default: builder.Append(c); break;
                }
            }

            if (inCode)
            {
                builder.Append("</c>");
            }

            return builder.ToString();
        }

        /// <summary>A name or value from the schema as code in a doc comment, taken literally: <c>&lt;c&gt;source_url&lt;/c&gt;</c>.</summary>
        public static string Code(string text) => "<c>" + Escape(text.Replace("`", "'")) + "</c>";

        /// <summary>A number as the docs show it: the shortest text that reads back as it (<c>0.1</c>, <c>100</c>).</summary>
        private static string Number(double value) => AiStudios.Serialization.JsonNumbers.ShortestText(value);

        /// <summary>What the property's wire name, limits and default are, for the remarks line.</summary>
        public static string PropertyFacts(PropertyModel property)
        {
            var facts = new StringBuilder();
            facts.Append("JSON ").Append(Code(property.JsonName));
            if (property.IsRequired)
            {
                facts.Append(", required");
            }
            else if (property.IsReferenceRequired)
            {
                facts.Append(", required by the API reference (absent: a warning, AIS1004; published examples leave some of these out)");
            }

            RangeModel range = property.Range;
            if (range.Minimum is not null && range.Maximum is not null)
            {
                facts.Append(", ").Append(Number(range.Minimum.Value)).Append(" to ").Append(Number(range.Maximum.Value));
            }
            else if (range.Minimum is not null)
            {
                facts.Append(", at least ").Append(Number(range.Minimum.Value));
            }
            else if (range.Maximum is not null)
            {
                facts.Append(", at most ").Append(Number(range.Maximum.Value));
            }

            if (range.ExclusiveMinimum is not null)
            {
                facts.Append(", greater than ").Append(Number(range.ExclusiveMinimum.Value));
            }

            if (range.ExclusiveMaximum is not null)
            {
                facts.Append(", less than ").Append(Number(range.ExclusiveMaximum.Value));
            }

            if (property.DefaultJson is not null)
            {
                facts.Append(", default ").Append(Code(property.DefaultJson));
            }

            return facts.Append('.').ToString();
        }
    }
}
