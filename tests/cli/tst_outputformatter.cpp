// The printers behind -f and -c, checked against literal text so a test shows the expected output at a
// glance.

#include "outputformatter.h"
#include "yamlwriter.h"

#include <QDateTime>
#include <QTest>

using namespace sd::cli;

namespace {

const QList<Column> columns = {
    {QStringLiteral("name"), QStringLiteral("Name")},
    {QStringLiteral("vcpus"), QStringLiteral("vCPUs")},
    {QStringLiteral("ratio"), QStringLiteral("Ratio")},
    {QStringLiteral("availability_zone"), QStringLiteral("Availability Zone"), QStringLiteral("Zone")},
    {QStringLiteral("enabled"), QStringLiteral("Enabled"), {}, false},
    {QStringLiteral("capabilities"), QStringLiteral("Capabilities"), {}, false},
    {QStringLiteral("last_error"), QStringLiteral("Last Error"), {}, false},
};

const QList<Row> rows = {
    {QStringLiteral("a-1"), qint64(16), 16.0, QStringLiteral("nova"), true,
     QStringList{QStringLiteral("hotplug"), QStringLiteral("vnc")}, QVariant()},
    {QStringLiteral("b \"2\""), qint64(8), 1.5, QStringLiteral("yes"), false, QStringList(),
     QStringLiteral("down: no route")},
};

// Image properties and flavor extra specs: a QVariantMap value, and a row whose map is empty.
const QList<Column> mapColumns = {
    {QStringLiteral("name"), QStringLiteral("Name")},
    {QStringLiteral("properties"), QStringLiteral("Properties")},
};

const QList<Row> mapRows = {
    {QStringLiteral("img"), QVariantMap{{QStringLiteral("os_distro"), QStringLiteral("ubuntu")},
                                        {QStringLiteral("hw_disk_bus"), QStringLiteral("virtio")},
                                        {QStringLiteral("n"), QStringLiteral("1")}}},
    {QStringLiteral("bare"), QVariantMap()},
};

// Neutron's structured fields: a list of maps (allocation pools), a map holding a list of maps (a router's
// external_gateway_info), and a row where both are empty.
const QList<Column> nestedColumns = {
    {QStringLiteral("name"), QStringLiteral("Name")},
    {QStringLiteral("allocation_pools"), QStringLiteral("Allocation Pools")},
    {QStringLiteral("gateway"), QStringLiteral("Gateway")},
};

const QList<Row> nestedRows = {
    {QStringLiteral("sub"),
     QVariantList{QVariantMap{{QStringLiteral("start"), QStringLiteral("10.0.0.2")},
                              {QStringLiteral("end"), QStringLiteral("10.0.0.9")}},
                  QVariantMap{{QStringLiteral("start"), QStringLiteral("10.0.0.20")},
                              {QStringLiteral("end"), QStringLiteral("10.0.0.29")}}},
     QVariantMap{{QStringLiteral("network_id"), QStringLiteral("pub")},
                 {QStringLiteral("fixed_ips"),
                  QVariantList{QVariantMap{{QStringLiteral("ip_address"), QStringLiteral("172.24.4.5")}}}}}},
    {QStringLiteral("empty"), QVariantList(), QVariant()},
};

QString render(OutputFormat format, const QStringList &selected, bool one)
{
    QString text;
    QTextStream out(&text);
    const OutputFormatter formatter(format, selected);
    if (one)
        formatter.printOne(out, columns, rows.at(0));
    else
        formatter.printList(out, columns, rows);
    out.flush();
    return text;
}

} // namespace

class TestOutputFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<bool>("one");
        QTest::addColumn<QString>("expected");
        const int table = int(OutputFormat::Table);
        QTest::newRow("list table: short set, numbers right")
            << table << QStringList() << false
            << QStringLiteral("+-------+-------+-------+------+\n"
                              "| Name  | vCPUs | Ratio | Zone |\n"
                              "+-------+-------+-------+------+\n"
                              "| a-1   |    16 |  16.0 | nova |\n"
                              "| b \"2\" |     8 |   1.5 | yes  |\n"
                              "+-------+-------+-------+------+\n");
        QTest::newRow("list value") << int(OutputFormat::Value) << QStringList() << false
                                    << QStringLiteral("a-1 16 16.0 nova\nb \"2\" 8 1.5 yes\n");
        QTest::newRow("list csv: every key, strings quoted")
            << int(OutputFormat::Csv) << QStringList() << false
            << QStringLiteral(
                   "\"name\",\"vcpus\",\"ratio\",\"availability_zone\",\"enabled\",\"capabilities\","
                   "\"last_error\"\n"
                   "\"a-1\",16,16.0,\"nova\",true,\"hotplug,vnc\",\"\"\n"
                   "\"b \"\"2\"\"\",8,1.5,\"yes\",false,\"\",\"down: no route\"\n");
        QTest::newRow("list yaml: quoting, lists, null")
            << int(OutputFormat::Yaml) << QStringList{"name", "Zone", "capabilities", "last_error"} << false
            << QStringLiteral(
                   "- name: a-1\n  availability_zone: nova\n  capabilities:\n  - hotplug\n  - vnc\n"
                   "  last_error: null\n"
                   "- name: b \"2\"\n  availability_zone: \"yes\"\n  capabilities: []\n"
                   "  last_error: \"down: no route\"\n");
        QTest::newRow("list json")
            << int(OutputFormat::Json)
            << QStringList{"name", "ratio", "enabled", "capabilities", "last_error"} << false
            << QStringLiteral(
                   "[\n  {\n    \"name\": \"a-1\",\n    \"ratio\": 16.0,\n    \"enabled\": true,\n"
                   "    \"capabilities\": [\n      \"hotplug\",\n      \"vnc\"\n    ],\n"
                   "    \"last_error\": null\n  },\n"
                   "  {\n    \"name\": \"b \\\"2\\\"\",\n    \"ratio\": 1.5,\n    \"enabled\": false,\n"
                   "    \"capabilities\": [],\n    \"last_error\": \"down: no route\"\n  }\n]\n");
        QTest::newRow("show table: Field/Value, full headers")
            << table << QStringList{"name", "zone", "capabilities"} << true
            << QStringLiteral("+-------------------+-------------+\n"
                              "| Field             | Value       |\n"
                              "+-------------------+-------------+\n"
                              "| Name              | a-1         |\n"
                              "| Availability Zone | nova        |\n"
                              "| Capabilities      | hotplug,vnc |\n"
                              "+-------------------+-------------+\n");
        QTest::newRow("show value: one per line") << int(OutputFormat::Value) << QStringList{"vcpus", "name"}
                                                  << true << QStringLiteral("16\na-1\n");
        QTest::newRow("show json") << int(OutputFormat::Json) << QStringList{"name", "vcpus"} << true
                                   << QStringLiteral("{\n  \"name\": \"a-1\",\n  \"vcpus\": 16\n}\n");
        QTest::newRow("show yaml") << int(OutputFormat::Yaml) << QStringList{"name", "enabled"} << true
                                   << QStringLiteral("name: a-1\nenabled: true\n");
    }

    void printsEachFormat()
    {
        QFETCH(int, format);
        QFETCH(QStringList, selected);
        QFETCH(bool, one);
        QFETCH(QString, expected);
        QCOMPARE(render(OutputFormat(format), selected, one), expected);
    }

    void mapsPrintAsObjectsMappingsAndPairs_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("one");
        QTest::addColumn<QString>("expected");
        QTest::newRow("show json: an object, keys sorted")
            << int(OutputFormat::Json) << true
            << QStringLiteral(
                   "{\n  \"name\": \"img\",\n  \"properties\": {\n    \"hw_disk_bus\": \"virtio\",\n"
                   "    \"n\": \"1\",\n    \"os_distro\": \"ubuntu\"\n  }\n}\n");
        QTest::newRow("list json: nested deeper, empty map {}")
            << int(OutputFormat::Json) << false
            << QStringLiteral("[\n  {\n    \"name\": \"img\",\n    \"properties\": {\n"
                              "      \"hw_disk_bus\": \"virtio\",\n      \"n\": \"1\",\n"
                              "      \"os_distro\": \"ubuntu\"\n    }\n  },\n"
                              "  {\n    \"name\": \"bare\",\n    \"properties\": {}\n  }\n]\n");
        // "n" is a boolean to a YAML 1.1 reader, as a key too.
        QTest::newRow("show yaml: a nested mapping, keys and values quoted as scalars")
            << int(OutputFormat::Yaml) << true
            << QStringLiteral(
                   "name: img\nproperties:\n  hw_disk_bus: virtio\n  \"n\": \"1\"\n  os_distro: ubuntu\n");
        QTest::newRow("list yaml: nested under the item, empty map {}")
            << int(OutputFormat::Yaml) << false
            << QStringLiteral("- name: img\n  properties:\n    hw_disk_bus: virtio\n    \"n\": \"1\"\n"
                              "    os_distro: ubuntu\n- name: bare\n  properties: {}\n");
        QTest::newRow("list table: k='v' pairs")
            << int(OutputFormat::Table) << false
            << QStringLiteral("+------+-------------------------------------------------+\n"
                              "| Name | Properties                                      |\n"
                              "+------+-------------------------------------------------+\n"
                              "| img  | hw_disk_bus='virtio', n='1', os_distro='ubuntu' |\n"
                              "| bare |                                                 |\n"
                              "+------+-------------------------------------------------+\n");
        QTest::newRow("list csv: pairs quoted as one string")
            << int(OutputFormat::Csv) << false
            << QStringLiteral("\"name\",\"properties\"\n\"img\",\"hw_disk_bus='virtio', n='1', "
                              "os_distro='ubuntu'\"\n\"bare\",\"\"\n");
        QTest::newRow("show value") << int(OutputFormat::Value) << true
                                    << QStringLiteral(
                                           "img\nhw_disk_bus='virtio', n='1', os_distro='ubuntu'\n");
    }

    void mapsPrintAsObjectsMappingsAndPairs()
    {
        QFETCH(int, format);
        QFETCH(bool, one);
        QFETCH(QString, expected);
        QString text;
        QTextStream out(&text);
        const OutputFormatter formatter(OutputFormat(format), {});
        if (one)
            formatter.printOne(out, mapColumns, mapRows.at(0));
        else
            formatter.printList(out, mapColumns, mapRows);
        out.flush();
        QCOMPARE(text, expected);
    }

    void listsOfMapsPrintAsArraysOfObjects_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("one");
        QTest::addColumn<QString>("expected");
        QTest::newRow("show json: an array of objects, an object holding one")
            << int(OutputFormat::Json) << true
            << QStringLiteral("{\n  \"name\": \"sub\",\n  \"allocation_pools\": [\n    {\n"
                              "      \"end\": \"10.0.0.9\",\n      \"start\": \"10.0.0.2\"\n    },\n    {\n"
                              "      \"end\": \"10.0.0.29\",\n      \"start\": \"10.0.0.20\"\n    }\n  ],\n"
                              "  \"gateway\": {\n    \"fixed_ips\": [\n      {\n"
                              "        \"ip_address\": \"172.24.4.5\"\n      }\n    ],\n"
                              "    \"network_id\": \"pub\"\n  }\n}\n");
        QTest::newRow("list json: empty list [], null")
            << int(OutputFormat::Json) << false
            << QStringLiteral("[\n  {\n    \"name\": \"sub\",\n    \"allocation_pools\": [\n      {\n"
                              "        \"end\": \"10.0.0.9\",\n        \"start\": \"10.0.0.2\"\n      },\n"
                              "      {\n        \"end\": \"10.0.0.29\",\n        \"start\": \"10.0.0.20\"\n"
                              "      }\n    ],\n    \"gateway\": {\n      \"fixed_ips\": [\n        {\n"
                              "          \"ip_address\": \"172.24.4.5\"\n        }\n      ],\n"
                              "      \"network_id\": \"pub\"\n    }\n  },\n"
                              "  {\n    \"name\": \"empty\",\n    \"allocation_pools\": [],\n"
                              "    \"gateway\": null\n  }\n]\n");
        // PyYAML's block style: sequence items at their key's indentation, a map item's pairs after "- ".
        QTest::newRow("show yaml: a sequence of mappings")
            << int(OutputFormat::Yaml) << true
            << QStringLiteral("name: sub\nallocation_pools:\n- end: \"10.0.0.9\"\n  start: \"10.0.0.2\"\n"
                              "- end: \"10.0.0.29\"\n  start: \"10.0.0.20\"\ngateway:\n  fixed_ips:\n"
                              "  - ip_address: \"172.24.4.5\"\n  network_id: pub\n");
        QTest::newRow("list yaml: nested under the item, empty list []")
            << int(OutputFormat::Yaml) << false
            << QStringLiteral(
                   "- name: sub\n  allocation_pools:\n"
                   "  - end: \"10.0.0.9\"\n    start: \"10.0.0.2\"\n"
                   "  - end: \"10.0.0.29\"\n    start: \"10.0.0.20\"\n"
                   "  gateway:\n    fixed_ips:\n    - ip_address: \"172.24.4.5\"\n    network_id: pub\n"
                   "- name: empty\n  allocation_pools: []\n  gateway: null\n");
        // The OpenStack client's format_list_of_dicts: one map a line.
        QTest::newRow("show value: one map a line")
            << int(OutputFormat::Value) << true
            << QStringLiteral("sub\nend='10.0.0.9', start='10.0.0.2'\nend='10.0.0.29', start='10.0.0.20'\n"
                              "fixed_ips='ip_address='172.24.4.5'', network_id='pub'\n");
    }

    void listsOfMapsPrintAsArraysOfObjects()
    {
        QFETCH(int, format);
        QFETCH(bool, one);
        QFETCH(QString, expected);
        QString text;
        QTextStream out(&text);
        const OutputFormatter formatter(OutputFormat(format), {});
        if (one)
            formatter.printOne(out, nestedColumns, nestedRows.at(0));
        else
            formatter.printList(out, nestedColumns, nestedRows);
        out.flush();
        QCOMPARE(text, expected);
    }

    void keyWinsOverAnotherColumnsHeader()
    {
        // image show: `owner` is the project's id, the "Owner" header belongs to owner_name.
        const QList<Column> owners = {
            {QStringLiteral("owner"), QStringLiteral("Owner ID")},
            {QStringLiteral("owner_name"), QStringLiteral("Owner")},
        };
        const Row row = {QStringLiteral("3f2a"), QStringLiteral("demo")};
        QString text;
        QTextStream out(&text);
        OutputFormatter(OutputFormat::Value, {"owner"}).printOne(out, owners, row);
        OutputFormatter(OutputFormat::Value, {"Owner"}).printOne(out, owners, row);
        out.flush();
        QCOMPARE(text, QStringLiteral("3f2a\ndemo\n"));
    }

    void emptyListPrintsNothingInATableButAnEmptyListElsewhere()
    {
        QString text;
        QTextStream out(&text);
        OutputFormatter(OutputFormat::Table, {}).printList(out, columns, {});
        OutputFormatter(OutputFormat::Json, {}).printList(out, columns, {});
        OutputFormatter(OutputFormat::Yaml, {}).printList(out, columns, {});
        out.flush();
        QCOMPARE(text, QStringLiteral("[]\n[]\n"));
    }

    void unknownColumnIsNamed()
    {
        const auto result = OutputFormatter(OutputFormat::Table, {"name", "flavor"}).checkColumns(columns);
        QVERIFY(!result);
        QCOMPARE(result.error().exitCode, 2);
        QVERIFY2(result.error().message.contains(QStringLiteral("'flavor'")),
                 qPrintable(result.error().message));
        QVERIFY(OutputFormatter(OutputFormat::Table, {"NAME", "zone", "Availability Zone"})
                    .checkColumns(columns));
    }

    void yamlQuotesWhatAReaderWouldMisread_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("compute-1") << QStringLiteral("compute-1");
        QTest::newRow("uri") << QStringLiteral("qemu+ssh://root@h/system")
                             << QStringLiteral("qemu+ssh://root@h/system");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("bool word") << QStringLiteral("Off") << QStringLiteral("\"Off\"");
        QTest::newRow("null word") << QStringLiteral("null") << QStringLiteral("\"null\"");
        QTest::newRow("tilde") << QStringLiteral("~") << QStringLiteral("\"~\"");
        QTest::newRow("number") << QStringLiteral("1.5") << QStringLiteral("\"1.5\"");
        QTest::newRow("version") << QStringLiteral("9.0.0") << QStringLiteral("\"9.0.0\"");
        QTest::newRow("leading dash") << QStringLiteral("-x") << QStringLiteral("\"-x\"");
        QTest::newRow("colon space") << QStringLiteral("a: b") << QStringLiteral("\"a: b\"");
        QTest::newRow("comment") << QStringLiteral("a #b") << QStringLiteral("\"a #b\"");
        QTest::newRow("trailing colon") << QStringLiteral("a:") << QStringLiteral("\"a:\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("newline and quote")
            << QStringLiteral("a\n\"b\"\\") << QStringLiteral("\"a\\n\\\"b\\\"\\\\\"");
        QTest::newRow("flow indicator") << QStringLiteral("[x]") << QStringLiteral("\"[x]\"");
        QTest::newRow("anchor") << QStringLiteral("&a") << QStringLiteral("\"&a\"");
    }

    void yamlQuotesWhatAReaderWouldMisread()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(YamlWriter::scalar(QVariant(text)), expected);
    }
};

QTEST_GUILESS_MAIN(TestOutputFormatter)
#include "tst_outputformatter.moc"
