#pragma once

#include "launchpage.h"

namespace sd {

class ChoiceTable;

// Launch Instance, step 7 "Key Pair": one of the user's own key pairs, or none (the image's own login
// then applies). Key pairs are created and imported in Project › Compute › Key Pairs.
class KeyPairPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit KeyPairPage(const QStringList &keyNames, QWidget *parent = nullptr);

    ChoiceTable *table() const { return m_table; }
    void contribute(LaunchSpec &spec) const override;

private:
    ChoiceTable *m_table;
};

} // namespace sd
