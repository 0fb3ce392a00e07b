using System.CommandLine;

var root = new RootCommand("BlindSpot: the escalation blind spot case study, reproduced in C#.");
return root.Parse(args).Invoke();
