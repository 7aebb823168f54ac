namespace AiStudios.Emulator.Http;

/// <summary>
/// The <c>error.code</c> values the emulator sends. The real service documents none; these are the emulator's choice
/// and are listed in the README with their HTTP status.
/// </summary>
internal static class ErrorCodes
{
    public const string Unauthorized = "UNAUTHORIZED";
    public const string TokenExpired = "TOKEN_EXPIRED";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string InvalidProject = "INVALID_PROJECT";
    public const string InvalidUpdate = "INVALID_UPDATE";
    public const string InvalidWorkspace = "INVALID_WORKSPACE";
    public const string InvalidModel = "INVALID_MODEL";
    public const string NotFound = "NOT_FOUND";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RenderFailed = "RENDER_FAILED";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalError = "INTERNAL_ERROR";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string InvalidFault = "INVALID_FAULT";
    public const string BadRequest = "BAD_REQUEST";
    public const string BodyTooLarge = "BODY_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string InvalidPath = "INVALID_PATH";
    public const string StoreFull = "STORE_FULL";
    public const string InvalidFile = "INVALID_FILE";
}
