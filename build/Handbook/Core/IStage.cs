// The one interface every pipeline stage implements: take the site model, return the next one.
using Handbook.Model;

namespace Handbook.Core;

public interface IStage
{
    Site Run(Site site, BuildContext context);

    /// <summary>True for checks that should still run on a partly loaded model, so one run reports every problem.</summary>
    bool RunsAfterErrors => false;
}
