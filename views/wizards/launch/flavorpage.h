#pragma once

#include "compute/flavor.h"
#include "flavorfit.h"
#include "image/image.h"
#include "launchpage.h"
#include "launchquota.h"

namespace sd {

class ChoiceTable;

// Launch Instance, step 3 "Flavor": the flavors the project may use; a flavor that needs more vCPUs or
// RAM than the quota leaves for the count, or is too small for the image's min_ram / min_disk, is
// greyed out with the reason (FlavorFit, the engine's rules). The reasons follow the Count and Source
// steps; a root disk on a volume is not held against the image's size, its min_ram still is.
class FlavorPage : public LaunchPage
{
    Q_OBJECT

public:
    FlavorPage(const QList<Flavor> &flavors, const LaunchQuota &quota, QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    // Recomputes the reasons for the source's image (nullptr: none), where the root disk is, and the count.
    void fit(const Image *image, FlavorFit::Root root, int count);

    QString problem() const override;
    void contribute(LaunchSpec &spec) const override;

private:
    QList<Flavor> m_flavors;
    LaunchQuota m_quota;
    ChoiceTable *m_table;
};

} // namespace sd
