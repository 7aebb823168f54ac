using System.Collections.Generic;
using System.Text;

namespace AiStudios.Storyboards.Svg
{
    /// <summary>
    /// Writes SVG 1.1 markup: elements indented by two spaces, <c>\n</c> line ends, attributes in
    /// the order given, numbers through <see cref="SvgNumber"/> and text through <see cref="XmlText"/>.
    /// Hand-written rather than XmlWriter so every byte is decided here.
    /// </summary>
    internal sealed class SvgBuilder
    {
        private readonly StringBuilder _text = new StringBuilder(8192);
        private readonly Stack<string> _open = new Stack<string>();
        private bool _tagOpen;

        public SvgBuilder Start(string name)
        {
            CloseStartTag();
            Indent();
            _text.Append('<').Append(name);
            _open.Push(name);
            _tagOpen = true;
            return this;
        }

        public SvgBuilder Attr(string name, string? value)
        {
            if (value is not null)
            {
                _text.Append(' ').Append(name).Append("=\"").Append(XmlText.Escape(value)).Append('"');
            }

            return this;
        }

        public SvgBuilder Attr(string name, double value) => Attr(name, SvgNumber.Format(value));

        /// <summary>Text content of the element just started; it is then closed on the same line.</summary>
        public SvgBuilder Text(string text, int maxLength = int.MaxValue)
        {
            _text.Append('>').Append(XmlText.Escape(text, maxLength)).Append("</").Append(_open.Pop()).Append(">\n");
            _tagOpen = false;
            return this;
        }

        /// <summary>Closes the innermost element: <c>/&gt;</c> when it has no content.</summary>
        public SvgBuilder End()
        {
            string name = _open.Pop();
            if (_tagOpen)
            {
                _text.Append("/>\n");
                _tagOpen = false;
            }
            else
            {
                Indent();
                _text.Append("</").Append(name).Append(">\n");
            }

            return this;
        }

        /// <summary>Raw markup this library made itself (the XML declaration, a comment).</summary>
        public SvgBuilder Raw(string markup)
        {
            CloseStartTag();
            _text.Append(markup).Append('\n');
            return this;
        }

        public override string ToString()
        {
            CloseStartTag();
            return _text.ToString();
        }

        private void CloseStartTag()
        {
            if (_tagOpen)
            {
                _text.Append(">\n");
                _tagOpen = false;
            }
        }

        private void Indent()
        {
            _text.Append(' ', _open.Count * 2);
        }
    }
}
