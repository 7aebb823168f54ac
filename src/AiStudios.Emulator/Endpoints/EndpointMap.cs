using AiStudios.Emulator.Auth;
using AiStudios.Emulator.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AiStudios.Emulator.Endpoints;

/// <summary>Maps every endpoint: the API under <c>/api/odin/v3</c>, the files and the admin counts at the root.</summary>
internal static class EndpointMap
{
    public static void MapEmulator(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup(FaultPaths.ApiBase);
        AuthEndpoints.Map(open);

        var secured = app.MapGroup(FaultPaths.ApiBase);
        secured.AddEndpointFilter<RequireTokenFilter>();
        ProjectEndpoints.Map(secured);
        ExportEndpoints.Map(secured);
        SimpleEndpoints.Map(secured);
        CatalogEndpoints.Map(secured);
        TemplateEndpoints.Map(secured);
        ModifyEndpoints.Map(secured);
        PresentationEndpoints.Map(secured);

        FileEndpoints.Map(app);
        AdminEndpoints.Map(app);
    }
}
