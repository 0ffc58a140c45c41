using ParserKit.Cli;

return CliApp.Run(args, CliEnvironment.FromConsole());
