using System.CommandLine;
using BlindSpot.Cli.Commands;

var root = new RootCommand("BlindSpot: the escalation blind spot case study, reproduced in C#.");
root.Subcommands.Add(SimulateCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(FeaturesCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportFixtureCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(ReproduceCommand.Create());
root.Subcommands.Add(FiguresCommand.Create());
root.Subcommands.Add(SiteCommand.Create());
root.Subcommands.Add(JupyterCommand.Create());
root.Subcommands.Add(ReadmeCommand.Create());
root.Subcommands.Add(SweepCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(BenchCommand.CreateStage());
return root.Parse(args).Invoke();
