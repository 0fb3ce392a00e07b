namespace BlindSpot.Cli;

/// <summary>What every verb returns: scripts and CI tell the three cases apart.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int UsageOrIo = 1;
    public const int InvalidData = 2;
}
