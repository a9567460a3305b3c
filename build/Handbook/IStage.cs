// The one interface every pipeline stage implements: take the site model, return the next one.
using Handbook.Model;

namespace Handbook;

public interface IStage
{
    Site Run(Site site, BuildContext context);
}
