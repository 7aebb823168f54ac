namespace AiStudios.Validation
{
    /// <summary>How serious a <see cref="ValidationProblem"/> is.</summary>
    public enum ValidationSeverity
    {
        /// <summary>The service rejects the project or renders it wrongly; fix it before sending.</summary>
        Error,

        /// <summary>The project renders, but probably not as intended.</summary>
        Warning,

        /// <summary>Worth knowing; nothing is wrong as far as the SDK can tell.</summary>
        Info,
    }
}
