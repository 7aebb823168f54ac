namespace AiStudios.Validation.Rules
{
    /// <summary>
    /// The colour notations the service documents: <c>rgb(r,g,b)</c> with 0-255 components, <c>#RRGGBB</c>,
    /// <c>#RRGGBBAA</c>, and <c>''</c>, which means none (the documented default of <c>stroke</c> and <c>backgroundColor</c>).
    /// </summary>
    internal static class ColorFormat
    {
        public const string Expected = "rgb(r,g,b) with components 0 to 255, #RRGGBB, #RRGGBBAA, or '' for none";

        public static bool IsValid(string text)
        {
            if (text.Length == 0)
            {
                return true;
            }

            if (text.Length > 0 && text[0] == '#')
            {
                return (text.Length == 7 || text.Length == 9) && AllHex(text, 1);
            }

            return IsRgb(text);
        }

        private static bool AllHex(string text, int from)
        {
            for (int i = from; i < text.Length; i++)
            {
                char c = text[i];
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>rgb(54,188,37)</c>, spaces allowed around the numbers.</summary>
        private static bool IsRgb(string text)
        {
            string trimmed = text.Trim();
            if (!trimmed.StartsWith("rgb(", System.StringComparison.Ordinal) || !trimmed.EndsWith(")", System.StringComparison.Ordinal))
            {
                return false;
            }

            string[] parts = trimmed.Substring(4, trimmed.Length - 5).Split(',');
            if (parts.Length != 3)
            {
                return false;
            }

            foreach (string part in parts)
            {
                string digits = part.Trim();
                if (digits.Length == 0 || digits.Length > 3)
                {
                    return false;
                }

                int value = 0;
                foreach (char c in digits)
                {
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }

                    value = (value * 10) + (c - '0');
                }

                if (value > 255)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
