// The DB-backed scenario (bench/README.md):
//   serve --urls http://127.0.0.1:P --connection "<app role>" --organization <uuid>   the hand-written endpoint
//   load --url U --body FILE [--header "Name: value"]… [--seconds 15] [--concurrency 16] [--warmup 3] [--name N]
using Playbooks.Benchmarks.Data;

return args.FirstOrDefault() switch
{
    "serve" => await HandWrittenEndpoint.RunAsync(Options.Parse(args[1..])),
    "load" => await LoadGenerator.RunAsync(Options.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Data.Benchmarks serve|load [--option value]…  (see bench/README.md)");
    return 2;
}
