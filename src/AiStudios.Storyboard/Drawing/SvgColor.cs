using System.Globalization;

namespace AiStudios.Storyboards.Drawing
{
    /// <summary>
    /// A colour of the payload (<c>rgb(r,g,b)</c>, <c>#RRGGBB</c>, <c>#RRGGBBAA</c>: what the service
    /// reads) as SVG 1.1 writes it: <c>#rrggbb</c> plus an opacity, since SVG 1.1 has no alpha in
    /// colours. Anything else is not drawn as given: validation reports it (AIS0013).
    /// </summary>
    internal readonly struct SvgColor
    {
        private SvgColor(string hex, double opacity)
        {
            Hex = hex;
            Opacity = opacity;
        }

        /// <summary><c>#rrggbb</c>, lower case.</summary>
        public string Hex { get; }

        /// <summary>0 to 1.</summary>
        public double Opacity { get; }

        public static SvgColor Solid(string hex) => new SvgColor(hex, 1);

        /// <summary>The colour, or null when the text is not one the service reads.</summary>
        public static SvgColor? Parse(string? text)
        {
            if (text is null)
            {
                return null;
            }

            string value = text.Trim();
            if (value.Length is 7 or 9 && value[0] == '#' && IsHex(value, 1))
            {
                double alpha = value.Length == 9 ? int.Parse(value.Substring(7, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0 : 1;
                return new SvgColor(value.Substring(0, 7).ToLowerInvariant(), alpha);
            }

            if (value.StartsWith("rgb(", System.StringComparison.OrdinalIgnoreCase) && value.EndsWith(")", System.StringComparison.Ordinal))
            {
                string[] parts = value.Substring(4, value.Length - 5).Split(',');
                if (parts.Length != 3)
                {
                    return null;
                }

                var hex = new System.Text.StringBuilder("#", 7);
                foreach (string part in parts)
                {
                    if (!int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int component) || component > 255)
                    {
                        return null;
                    }

                    hex.Append(component.ToString("x2", CultureInfo.InvariantCulture));
                }

                return new SvgColor(hex.ToString(), 1);
            }

            return null;
        }

        private static bool IsHex(string value, int start)
        {
            for (int i = start; i < value.Length; i++)
            {
                char c = value[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
