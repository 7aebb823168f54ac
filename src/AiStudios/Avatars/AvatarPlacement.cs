namespace AiStudios
{
    /// <summary>Where the builder puts an avatar on a canvas of one orientation unless told otherwise.</summary>
    public sealed class AvatarPlacement
    {
        /// <summary>Creates a placement.</summary>
        /// <param name="orientation">The orientation's wire value, e.g. <c>landscape</c>.</param>
        /// <param name="left">The clip's <c>left</c> in px.</param>
        /// <param name="top">The clip's <c>top</c> in px.</param>
        public AvatarPlacement(string orientation, double left, double top)
        {
            Orientation = orientation;
            Left = left;
            Top = top;
        }

        /// <summary>The orientation's wire value, e.g. <c>landscape</c>.</summary>
        public string Orientation { get; }

        /// <summary>The clip's <c>left</c> in px.</summary>
        public double Left { get; }

        /// <summary>The clip's <c>top</c> in px.</summary>
        public double Top { get; }
    }
}
