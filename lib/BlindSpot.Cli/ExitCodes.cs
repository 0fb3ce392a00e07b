namespace BlindSpot.Cli;

/// <summary>
/// What every verb returns, so scripts and CI tell the cases apart: 0 it did what was asked; 1 it could not run (a
/// usage error, a file it cannot read or write, a place it refuses to write); 2 the input is bad (a turn log or export
/// that breaks the contract, a mapping that does not fit); 3 a notebook cell failed. When a run has both bad input and
/// a failing cell, 2 wins: the cell failed because of what it was given, and the fix is the input.
/// </summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int UsageOrIo = 1;
    public const int InvalidData = 2;
    public const int CellFailed = 3;
}
