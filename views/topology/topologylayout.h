#pragma once

#include "topologysnapshot.h"

#include <QLineF>
#include <QRectF>
#include <QStringList>

namespace sd {

// One network drawn as a tall bar (Horizon's flat topology: networks as coloured columns).
struct TopologyBar
{
    QString networkId;
    QString name;
    QStringList cidrs;
    bool external = false;
    bool shared = false;
    int colour = 0; // index into the scene's palette; external networks share one colour
    QRectF rect;
};

// A router or an instance, drawn as a box beside the networks it is plugged into.
struct TopologyNode
{
    enum class Kind
    {
        Router,
        Instance
    };
    Kind kind = Kind::Router;
    QString id; // router id, or the instance's device id
    QString name;
    QString status;
    QRectF rect;
};

// A port: a horizontal line from a node to a network's bar, with the port's address.
struct TopologyLink
{
    QString nodeId;
    QString networkId;
    QString portId;
    QString address;
    bool gateway = false;    // a router's external gateway
    bool barOnRight = false; // the line runs from the node's right edge to the bar (else from the bar)
    QLineF line;
};

struct TopologyGeometry
{
    QList<TopologyBar> bars; // left to right
    QList<TopologyNode> nodes;
    QList<TopologyLink> links;
    QRectF bounds;

    const TopologyBar *bar(const QString &networkId) const;
    const TopologyNode *node(const QString &id) const;
    // Whether a link joins the node to the network.
    bool connects(const QString &nodeId, const QString &networkId) const;
};

// Where everything goes, computed from the snapshot alone (no painting, no fonts), so tests check it and
// the benchmark times it.
//
// Networks stand side by side: external ones first, then each router's networks together, then the
// rest. Every router or instance sits in the gap right of the leftmost network it is plugged into, and
// its links run right to the others. A node claims its row in every gap its links cross, so no node
// sits on another's line: a skyline per gap, O(nodes x networks).
class TopologyLayout
{
public:
    struct Options
    {
        double margin = 24;
        double barWidth = 34;
        double gapWidth = 300; // room for a node and, either side of it, an address
        double nodeWidth = 160;
        double nodeHeight = 48;
        double rowGap = 20;
        double minBarHeight = 260;
        // A rough width of one label character: bars grow to fit their names without measuring fonts.
        double charWidth = 7.5;
    };

    static TopologyGeometry compute(const TopologySnapshot &snapshot, const Options &options);
    static TopologyGeometry compute(const TopologySnapshot &snapshot) { return compute(snapshot, Options()); }
};

} // namespace sd
