using Playbooks.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlaybooksServer();

var app = builder.Build();
app.MapPlaybooksServer();

return await ServerCommand.RunAsync(app, args);

/// <summary>Entry point type, public for <c>WebApplicationFactory&lt;Program&gt;</c> in the API tests.</summary>
public partial class Program;
