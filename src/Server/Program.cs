using Playbooks.Server.Hosting;

// Content root = the binary's folder, so appsettings.json is found whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddPlaybooksServer();

var app = builder.Build();
app.MapPlaybooksServer();

return await ServerCommand.RunAsync(app, args);

/// <summary>Entry point type, public for <c>WebApplicationFactory&lt;Program&gt;</c> in the API tests.</summary>
public partial class Program;
