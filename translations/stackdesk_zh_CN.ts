<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../engine/hosts/hostconnection.cpp" line="+18"/>
        <source>connection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the libvirt daemon closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host stopped answering keepalives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by StackDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DataDir</name>
    <message>
        <location filename="../engine/core/datadir.cpp" line="+32"/>
        <source>Data dir: no path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data dir %1: exists but is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data dir %1: cannot create %2; choose a folder you may write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data dir %1: not writable; choose a folder you may write to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <location filename="../engine/store/database.cpp" line="+118"/>
        <source>Database %1: cannot open or create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database %1: cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database %1 has schema version %2, newer than this StackDesk knows (%3); use the newer StackDesk that wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Database migration %1 is missing from the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Database migration %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database is busy; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database: saving the change failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DemoLab</name>
    <message>
        <location filename="../engine/demo/demolab.cpp" line="+32"/>
        <source>Demo lab: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>StackDesk demo lab

Simulated hosts (libvirt&apos;s test driver): compute-1 and compute-2 in zone-a, compute-3 in zone-b.

Administrator: user admin, project admin, password %1

Delete this folder to start the demo lab afresh.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::HostConnection</name>
    <message>
        <location filename="../engine/hosts/hostconnection.cpp" line="+60"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+29"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lost the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::HostManager</name>
    <message>
        <location filename="../engine/hosts/hostmanager.cpp" line="+45"/>
        <source>Host name: empty; give the host a name, e.g. compute-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name &apos;%1&apos;: longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Availability zone: empty; the default zone is &apos;nova&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability zone &apos;%1&apos;: longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability zone &apos;%1&apos;: use letters, digits, spaces, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: must be greater than 0 and at most 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Host &apos;%1&apos;: no such host; `host list` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Some stored objects could not be re-created on this simulated host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+190"/>
        <source>CPU allocation ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>RAM allocation ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>Disk allocation ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+198"/>
        <source>Reserved host memory (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+202"/>
        <source>Reserved host disk (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-192"/>
        <source>URI &apos;%1&apos;: node XML file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name &apos;%1&apos; is already used (URI %2); choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URI &apos;%1&apos; is already added as host &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to %1; check the URI, that libvirtd runs there and that you may log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading capacity and capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host &apos;%1&apos; or URI &apos;%2&apos; was added meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remove host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for StackDesk domains on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host %1 is down, so StackDesk cannot check it for its own domains; bring it up first, or remove it with --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host %1 still has StackDesk domains: %2; delete or migrate them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Disable reason: longer than 255 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Host name &apos;%1&apos; is already used; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::HostModel</name>
    <message>
        <location filename="../views/models/hostmodel.cpp" line="+87"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Enabled: new instances may be scheduled here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt&apos;s test driver, running inside StackDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs (used / total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM (used / total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local Storage (used / total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host Name (reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::HostUri</name>
    <message>
        <location filename="../engine/hosts/hosturi.cpp" line="+30"/>
        <source>expected e.g. qemu:///system, qemu+ssh://user@host/system or test:///default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI: empty; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URI &apos;%1&apos;: not a libvirt URI; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>URI &apos;%1&apos;: unknown transport &apos;%2&apos;; use ssh, tls, tcp or unix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: simulated hosts run in this process; write test:///default or test:///path/to/node.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: name a node XML file or /default, e.g. test:///default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URI &apos;%1&apos;: driver &apos;%2&apos; is not supported; StackDesk manages QEMU/KVM hosts (qemu://) and simulated hosts (test://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: path must be /system or /session, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URI &apos;%1&apos;: transport %2 needs a host name, e.g. %3://user@host/system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URI &apos;%1&apos;: a host name needs a transport, e.g. qemu+ssh://%2/system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::IdentityStore</name>
    <message>
        <location filename="../engine/identity/identitystore.cpp" line="+30"/>
        <source>Password of %1: at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot hash the password (libsodium failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bootstrap project for the cloud administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Login as %1 in project %2 failed: no such user or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User %1 has no role in project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login as %1 failed: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This data dir has no administrator yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Policy</name>
    <message>
        <location filename="../engine/identity/policy.cpp" line="+16"/>
        <source>%1: you are not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no policy rule allows this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not allowed for user %2 in project %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::SimulatedState</name>
    <message>
        <location filename="../engine/hosts/simulatedstate.cpp" line="+22"/>
        <source>storage pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>storage pool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>domain %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TaskRunner</name>
    <message>
        <location filename="../engine/tasks/taskrunner.cpp" line="+89"/>
        <source>Task has no work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Task %1: no such task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Units</name>
    <message>
        <location filename="../views/units.cpp" line="+20"/>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::ArgumentParser</name>
    <message>
        <location filename="../app/cli/argumentparser.cpp" line="+89"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: missing value %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli::ParsedArgs</name>
    <message>
        <location line="-59"/>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
