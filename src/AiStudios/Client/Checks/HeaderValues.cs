namespace AiStudios.Client.Checks
{
    /// <summary>
    /// What a value must be to go into an HTTP header: printable ASCII (space included). CR and LF would end the
    /// header and start another one on the wire; other control characters and non-ASCII are refused or mangled by
    /// handlers and proxies. Tokens (JWTs, opaque keys) are always printable ASCII.
    /// </summary>
    internal static class HeaderValues
    {
        /// <summary>The position of the first character a header cannot carry, or -1.</summary>
        public static int FirstUnsafe(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < 0x20 || value[i] > 0x7E)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
