<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../engine/hosts/hostconnection.cpp" line="+20"/>
        <source>connection error</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the libvirt daemon closed the connection</source>
        <translation>libvirt 守护进程关闭了连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host stopped answering keepalives</source>
        <translation>主机不再响应 keepalive 消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by StackDesk</source>
        <translation>已由 StackDesk 关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+30"/>
        <source>Created the administrator &apos;admin&apos; with password %1</source>
        <translation>已创建管理员 &apos;admin&apos;，密码为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, also saved in %1/README.txt</source>
        <translation>，并已保存到 %1/README.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Write it down: StackDesk will not show it again.</source>
        <translation>。请记下该密码：StackDesk 不会再次显示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator created</source>
        <translation>管理员已创建</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Admin console for private clouds on libvirt</source>
        <translation>基于 libvirt 的私有云管理控制台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open (and on first use create) the demo lab.</source>
        <translation>打开演示环境（首次使用时创建）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the data dir DIR.</source>
        <translation>使用数据目录 DIR。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the time from start to the first painted window, then quit.</source>
        <translation>打印从启动到首个窗口绘制完成所用的时间，然后退出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>StackDesk cannot start</source>
        <translation>StackDesk 无法启动</translation>
    </message>
</context>
<context>
    <name>sd::AcceptVolumeTransferDialog</name>
    <message>
        <location filename="../views/dialogs/acceptvolumetransferdialog.cpp" line="+13"/>
        <source>Accept Volume Transfer</source>
        <translation>接受卷转让</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ownership of a volume can be transferred from one project to another. Accepting a transfer requires the transfer ID and the authorization key from the donor; the volume then belongs to project %1.</source>
        <translation>卷的所有权可以从一个项目转让给另一个项目。接受转让需要转出方提供的转让 ID 和授权密钥；之后该卷将属于项目 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Transfer ID *</source>
        <translation>转让 ID *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization Key *</source>
        <translation>授权密钥 *</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the transfer ID.</source>
        <translation>请输入转让 ID。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the authorization key.</source>
        <translation>请输入授权密钥。</translation>
    </message>
</context>
<context>
    <name>sd::ActionGate</name>
    <message>
        <location filename="../engine/compute/instance/actiongate.cpp" line="+56"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut Off</source>
        <translation>关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft Reboot</source>
        <translation>软重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard Reboot</source>
        <translation>硬重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume (unpause)</source>
        <translation>恢复（取消暂停）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue</source>
        <translation>救援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrescue</source>
        <translation>取消救援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm Resize/Migrate</source>
        <translation>确认调整大小/迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert Resize/Migrate</source>
        <translation>还原调整大小/迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live Migrate</source>
        <translation>热迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach Interface</source>
        <translation>连接接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach Interface</source>
        <translation>分离接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach Volume</source>
        <translation>连接卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach Volume</source>
        <translation>分离卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Security Group</source>
        <translation>添加安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Security Group</source>
        <translation>移除安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate Floating IP</source>
        <translation>关联浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disassociate Floating IP</source>
        <translation>取消浮动IP关联</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Instance %1 is deleted</source>
        <translation>云主机 %1 已删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1 is already being deleted</source>
        <translation>云主机 %1 正在删除中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1 is busy (%2): %3 must wait until that ends</source>
        <translation>云主机 %1 正忙（%2）：须等其结束后才能执行“%3”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 is locked: unlock it before %2</source>
        <translation>云主机 %1 已锁定：请先解锁，再执行“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1 was locked by an administrator; only an administrator can unlock it</source>
        <translation>云主机 %1 已被管理员锁定；只有管理员才能解锁</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance %1 is %2: %3 needs it %4</source>
        <translation>云主机 %1 处于 %2 状态：“%3”要求其处于 %4 状态</translation>
    </message>
</context>
<context>
    <name>sd::AddHostDialog</name>
    <message>
        <location filename="../views/dialogs/addhostdialog.cpp" line="+25"/>
        <location line="+17"/>
        <source>Add Host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>StackDesk connects to the host&apos;s libvirt before it stores the host, so a host is only added once it answers.</source>
        <translation>StackDesk 会先连接主机的 libvirt，连接成功后才保存主机，因此只有主机响应后才会被添加。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cancelled: the host was not added.</source>
        <translation>已取消：未添加主机。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>sd::AddSecurityGroupRuleDialog</name>
    <message>
        <location filename="../views/dialogs/addsecuritygroupruledialog.cpp" line="+33"/>
        <source>Opens %1, every type.</source>
        <translation>开放 %1，所有类型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens %1 port %2.</source>
        <translation>开放 %1 端口 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens %1 ports %2 to %3.</source>
        <translation>开放 %1 端口 %2 到 %3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add Rule to %1</source>
        <translation>添加规则到 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules define which traffic is allowed to instances using security group %1. A rule names the protocol and ports, and where the traffic may come from (ingress) or go to (egress): a CIDR, or the ports of a security group.</source>
        <translation>规则定义了允许哪些流量到达使用安全组 %1 的云主机。规则指定协议和端口，以及流量可以来自（入口）或去往（出口）的位置：一个 CIDR，或某个安全组的端口。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingress</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egress</source>
        <translation>出口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port Range</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ports</source>
        <translation>所有端口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1-65535</source>
        <translation>1-65535</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number 0-255, or tcp, udp, icmp…</source>
        <translation>0-255 之间的数字，或 tcp、udp、icmp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: any type (8: echo request)</source>
        <translation>为空：任意类型（8：回显请求）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: any code</source>
        <translation>为空：任意编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the traffic may come from (ingress) or go to (egress); 0.0.0.0/0 is any IPv4 address, ::/0 any IPv6 address</source>
        <translation>流量可以来自（入口）或去往（出口）的位置；0.0.0.0/0 表示任意 IPv4 地址，::/0 表示任意 IPv6 地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule *</source>
        <translation>规则 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Port *</source>
        <translation>打开端口 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port *</source>
        <translation>端口 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Port *</source>
        <translation>起始端口 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To Port *</source>
        <translation>终止端口 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Protocol *</source>
        <translation>IP 协议 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote *</source>
        <translation>远程 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIDR *</source>
        <translation>CIDR *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Group *</source>
        <translation>安全组 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ether Type</source>
        <translation>以太网类型</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Choose a rule.</source>
        <translation>请选择一条规则。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter an IP protocol: a number 0-255, or a name such as tcp.</source>
        <translation>请输入 IP 协议：0-255 之间的数字，或 tcp 等协议名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the port to open.</source>
        <translation>请输入要开放的端口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the first and the last port of the range.</source>
        <translation>请输入端口范围的起始端口和终止端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a CIDR (0.0.0.0/0 for any IPv4 address).</source>
        <translation>请输入 CIDR（0.0.0.0/0 表示任意 IPv4 地址）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a security group.</source>
        <translation>请选择一个安全组。</translation>
    </message>
</context>
<context>
    <name>sd::AdminGuard</name>
    <message>
        <location filename="../engine/identity/adminguard.cpp" line="+22"/>
        <source>%1: this would leave the cloud without an administrator who can log in; give someone else the admin role on an enabled project first</source>
        <translation>%1：这会使云中没有可以登录的管理员；请先在一个已启用的项目上为其他人授予 admin 角色</translation>
    </message>
</context>
<context>
    <name>sd::AllocateFloatingIpDialog</name>
    <message>
        <location filename="../views/dialogs/allocatefloatingipdialog.cpp" line="+19"/>
        <source>Allocate Floating IP</source>
        <translation>分配浮动IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allocate IP</source>
        <translation>分配IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allocate a floating IP from an external network to a project. The project can then associate it with one of its ports.</source>
        <translation>从外部网络为项目分配一个浮动IP。之后项目可以将其关联到自己的某个端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocate a floating IP from an external network (the pool) to project %1. Associate it with a port to reach that port from outside; it counts against the project&apos;s floating IP quota until it is released.</source>
        <translation>从外部网络（资源池）为项目 %1 分配一个浮动IP。将其关联到端口后，即可从外部访问该端口；在释放之前，它会计入项目的浮动IP配额。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No external network</source>
        <translation>没有外部网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool *</source>
        <translation>资源池 *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project *</source>
        <translation>项目 *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: any free address of the pool</source>
        <translation>可选：资源池中任意空闲地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating IP Address</source>
        <translation>浮动IP地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>There is no external network to allocate from: an administrator creates one (Networks, with External Network set).</source>
        <translation>没有可用于分配的外部网络：需由管理员创建一个（在“网络”中设置“外部网络”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the project to allocate the address to.</source>
        <translation>请选择要分配地址的项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floating IP address %1 is not an IP address.</source>
        <translation>浮动IP地址 %1 不是有效的 IP 地址。</translation>
    </message>
</context>
<context>
    <name>sd::AssociateFloatingIpDialog</name>
    <message>
        <location filename="../views/dialogs/associatefloatingipdialog.cpp" line="+15"/>
        <source>Manage Floating IP Associations</source>
        <translation>管理浮动IP的关联</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Associate</source>
        <translation>关联</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the port to be associated with %1. Traffic to the floating IP reaches the port&apos;s fixed IP through the router that connects the port&apos;s subnet to the external network.</source>
        <translation>请选择要与 %1 关联的端口。发往该浮动IP的流量将经由连接端口所在子网与外部网络的路由，到达端口的固定 IP。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port to be associated *</source>
        <translation>待关联的端口 *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project has no port with an IPv4 address to associate with: create a port or launch an instance on a network first.</source>
        <translation>该项目没有带 IPv4 地址、可供关联的端口：请先创建一个端口，或在某个网络上创建云主机。</translation>
    </message>
</context>
<context>
    <name>sd::AssociateInstanceFloatingIpDialog</name>
    <message>
        <location filename="../views/dialogs/instance/instancefloatingipdialogs.cpp" line="+17"/>
        <source>Associate Floating IP with %1</source>
        <translation>为 %1 关联浮动IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Associate</source>
        <translation>关联</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic to the floating IP reaches the instance at the fixed address you choose. The address must be on a network that a router connects to the floating IP&apos;s network.</source>
        <translation>发往该浮动IP的流量将到达云主机上您所选的固定地址。该地址所在的网络必须由路由连接到浮动IP所在的网络。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IP Address *</source>
        <translation>IP 地址 *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port to be associated *</source>
        <translation>待关联的端口 *</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IP Address: project %1 has no free floating IP; allocate one in Network › Floating IPs</source>
        <translation>IP 地址：项目 %1 没有空闲的浮动IP；请在“网络 › 浮动IP”中分配一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port: instance %1 has no fixed address</source>
        <translation>端口：云主机 %1 没有固定地址</translation>
    </message>
</context>
<context>
    <name>sd::AttachInterfaceDialog</name>
    <message>
        <location filename="../views/dialogs/instance/attachinterfacedialog.cpp" line="+17"/>
        <source>Attach Interface to %1</source>
        <translation>为 %1 连接接口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach Interface</source>
        <translation>连接接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The instance gets one more network interface: a new port on a network, or a port you made before. A running guest sees the new NIC at once.</source>
        <translation>云主机将增加一个网络接口：网络上的一个新端口，或您之前创建的端口。运行中的客户机会立即识别到新网卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by Network (and IP address)</source>
        <translation>通过网络（及 IP 地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by Port</source>
        <translation>通过端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The way to specify an interface</source>
        <translation>指定接口的方式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Network *</source>
        <translation>网络 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any free address</source>
        <translation>任意空闲地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed IP Address</source>
        <translation>固定 IP 地址</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port *</source>
        <translation>端口 *</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Port: project %1 has no free port; make one in Networks › Ports first</source>
        <translation>端口：项目 %1 没有空闲端口；请先在“网络 › 端口”中创建一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network: project %1 has no network an instance can use</source>
        <translation>网络：项目 %1 没有云主机可用的网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed IP Address &apos;%1&apos;: not an IP address</source>
        <translation>固定 IP 地址 &apos;%1&apos;：不是有效的 IP 地址</translation>
    </message>
</context>
<context>
    <name>sd::AttachVolumeDialog</name>
    <message>
        <location filename="../views/dialogs/attachvolumedialog.cpp" line="+18"/>
        <source>Attach Volume to %1</source>
        <translation>将卷连接到 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach Volume</source>
        <translation>连接卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The volume becomes one more disk of the instance. A running guest sees it at once; an instance that is off has it at its next boot. A volume attaches to one instance at a time.</source>
        <translation>卷将成为云主机的又一块磁盘。运行中的客户机会立即识别到它；已关机的云主机在下次启动时获得它。一个卷同一时间只能连接到一个云主机。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1（%2 GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 GiB, %3)</source>
        <translation>%1（%2 GiB，%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — on host %2</source>
        <translation>%1 — 位于主机 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume %1 is on host %2 and its type keeps it on that host&apos;s disk; instance %3 runs on %4</source>
        <translation>卷 %1 位于主机 %2，其类型使其保留在该主机的磁盘上；云主机 %3 运行在 %4 上</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volume *</source>
        <translation>卷 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/dev/vdb (empty: the next free one)</source>
        <translation>/dev/vdb（为空：下一个空闲设备）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Volume: project %1 has no available volume; create one in Volumes first</source>
        <translation>卷：项目 %1 没有可用的卷；请先在“卷”中创建一个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volume: no available volume of project %1 is on host %2, where instance %3 runs</source>
        <translation>卷：项目 %1 没有位于主机 %2（云主机 %3 运行所在）上的可用卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device Name %1: write /dev/vdb to /dev/vdz, or leave it empty for the next free one</source>
        <translation>设备名称 %1：请填写 /dev/vdb 到 /dev/vdz，或留空以使用下一个空闲设备</translation>
    </message>
</context>
<context>
    <name>sd::AuthService</name>
    <message>
        <location filename="../engine/identity/authservice.cpp" line="+61"/>
        <source>Token: not valid; log in again</source>
        <translation>令牌：无效；请重新登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token: expired; log in again</source>
        <translation>令牌：已过期；请重新登录</translation>
    </message>
</context>
<context>
    <name>sd::AvailabilityZoneFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="+57"/>
        <source>%1 is in %2, not %3</source>
        <translation>%1 位于 %2，而不是 %3</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="+39"/>
        <source>Availability zone</source>
        <translation>可用域</translation>
    </message>
</context>
<context>
    <name>sd::BootSourceFit</name>
    <message>
        <location filename="../views/wizards/launch/bootsourcefit.cpp" line="+12"/>
        <source>Image %1 is %2: instances boot from qcow2 or raw images</source>
        <translation>镜像 %1 的格式为 %2：云主机只能从 qcow2 或 raw 镜像启动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volume %1 is %2: only an available volume can boot an instance</source>
        <translation>卷 %1 处于 %2 状态：只有可用的卷才能启动云主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume %1 is not bootable: set Bootable with Edit Volume</source>
        <translation>卷 %1 不可启动：请通过“编辑卷”设置“可启动”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot %1 is %2: only an available snapshot can boot an instance</source>
        <translation>快照 %1 处于 %2 状态：只有可用的快照才能启动云主机</translation>
    </message>
</context>
<context>
    <name>sd::CachePool</name>
    <message>
        <location filename="../engine/image/cachepool.cpp" line="+40"/>
        <source>Volume %1 cannot be created in pool %2: %3</source>
        <translation>无法在存储池 %2 中创建卷 %1：%3</translation>
    </message>
</context>
<context>
    <name>sd::ChangePasswordPanel</name>
    <message>
        <location filename="../views/panels/changepasswordpanel.cpp" line="+18"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing the password of %1 signs you out everywhere; sign in again with the new password.</source>
        <translation>修改 %1 的密码会使您在所有位置退出登录；请使用新密码重新登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current password *</source>
        <translation>当前密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password *</source>
        <translation>新密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new password *</source>
        <translation>确认新密码 *</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter your current password.</source>
        <translation>请输入您的当前密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old password and new password must be different</source>
        <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Password changed. Please log in again to continue.</source>
        <translation>密码已修改。请重新登录以继续。</translation>
    </message>
</context>
<context>
    <name>sd::ChoiceTable</name>
    <message>
        <location filename="../views/wizards/launch/choicetable.cpp" line="+20"/>
        <source>NIC</source>
        <translation>网卡</translation>
    </message>
</context>
<context>
    <name>sd::ClassroomWall</name>
    <message>
        <location filename="../views/console/classroomwall.cpp" line="+23"/>
        <source>No consoles on the wall: there is no running instance with a graphical console to show.</source>
        <translation>屏幕墙上没有控制台：没有带图形控制台的运行中云主机可以显示。</translation>
    </message>
</context>
<context>
    <name>sd::ClassroomWallPanel</name>
    <message>
        <location filename="../views/panels/classroomwallpanel.cpp" line="+19"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classroom Wall</source>
        <translation>课堂屏幕墙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the running instances of every project, not only %1</source>
        <translation>显示所有项目中运行中的云主机，而不仅是 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for instances that started or stopped since the wall was shown</source>
        <translation>查找自屏幕墙显示以来已启动或已停止的云主机</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Connecting to %1 of %2 running instances…</source>
        <translation>正在连接 %2 个运行中云主机中的 %1 个…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instance is running here. Thumbnails appear for running instances with a screen.</source>
        <translation>此处没有运行中的云主机。有屏幕的运行中云主机会在此显示缩略图。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the running instances has a screen to show:</source>
        <translation>运行中的云主机都没有可显示的屏幕：</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n screen(s); click one to open its console.</source>
        <translation>
            <numerusform>%n 个屏幕；点击其中一个可打开其控制台。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has a serial console only</source>
        <translation>%1 只有串口控制台</translation>
    </message>
</context>
<context>
    <name>sd::ComputeFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="-31"/>
        <source>%1 is disabled</source>
        <translation>%1 已被禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disabled (%2)</source>
        <translation>%1 已被禁用（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 的状态为 %2</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="-27"/>
        <source>Enabled and up</source>
        <translation>已启用且在线</translation>
    </message>
</context>
<context>
    <name>sd::ConfigurationPage</name>
    <message>
        <location filename="../views/wizards/launch/configurationpage.cpp" line="+17"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can customize your instance after it has launched using the options available here. The customization script is given to cloud-init as user data (for example a #cloud-config document or a shell script starting with #!).</source>
        <translation>您可以在云主机启动后使用此处提供的选项对其进行自定义。自定义脚本将作为用户数据交给 cloud-init（例如 #cloud-config 文档或以 #! 开头的 shell 脚本）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load from File…</source>
        <translation>从文件加载…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customization Script</source>
        <translation>自定义脚本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load Customization Script</source>
        <translation>加载自定义脚本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 bytes; the customization script takes at most %3 bytes. It was not loaded.</source>
        <translation>%1 有 %2 字节；自定义脚本最多 %3 字节。未加载该文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customization script is %1 bytes; at most %2 are allowed</source>
        <translation>自定义脚本有 %1 字节；最多允许 %2 字节</translation>
    </message>
</context>
<context>
    <name>sd::ConsoleService</name>
    <message>
        <location filename="../engine/console/consoleservice.cpp" line="+88"/>
        <source>Instance %1 has no domain on host %2</source>
        <translation>云主机 %1 在主机 %2 上没有对应的虚拟机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 is not running on host %2</source>
        <translation>云主机 %1 未在主机 %2 上运行</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Instance %1 is %2: its console opens while it runs</source>
        <translation>云主机 %1 处于 %2 状态：其控制台只能在运行时打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 is not on a host; it has no console</source>
        <translation>云主机 %1 不在任何主机上；它没有控制台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instance %1 runs on simulated host %2: no display (a simulated host has no graphics or serial console)</source>
        <translation>云主机 %1 运行在模拟主机 %2 上：没有显示（模拟主机没有图形控制台或串口控制台）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1 is %2: the console of %3 cannot be reached</source>
        <translation>主机 %1 处于 %2 状态：无法访问 %3 的控制台</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+112"/>
        <location line="+52"/>
        <source>The engine is shutting down</source>
        <translation>引擎正在关闭</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Host %1 is reached over %2: a graphical console needs a local libvirt connection that can pass its socket (virDomainOpenGraphicsFD). Use the serial console, or run StackDesk on the host</source>
        <translation>主机 %1 通过 %2 连接：图形控制台需要一个能够传递其套接字的本地 libvirt 连接（virDomainOpenGraphicsFD）。请使用串口控制台，或在该主机上运行 StackDesk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host %1 could not open graphics device %2 of instance %3: %4</source>
        <translation>主机 %1 无法打开云主机 %3 的图形设备 %2：%4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Host %1 cannot open serial consoles (virDomainOpenConsole)</source>
        <translation>主机 %1 无法打开串口控制台（virDomainOpenConsole）</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+192"/>
        <location line="+27"/>
        <source>Host %1: %2</source>
        <translation>主机 %1：%2</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Host %1 is reached over %2: graphical consoles of remote hosts go through SSH, so add the host with a qemu+ssh:// URI, or use the serial console</source>
        <translation>主机 %1 通过 %2 连接：远程主机的图形控制台经由 SSH 访问，请使用 qemu+ssh:// URI 添加该主机，或使用串口控制台</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Host %1 could not open the serial console of %2: %3</source>
        <translation>主机 %1 无法打开 %2 的串口控制台：%3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Consoles are switched off (console type None)</source>
        <translation>控制台已关闭（控制台类型为 None）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instance %1 has no graphics device and no serial console</source>
        <translation>云主机 %1 既没有图形设备，也没有串口控制台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 has no %2 graphics device</source>
        <translation>云主机 %1 没有 %2 图形设备</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 has no serial console</source>
        <translation>云主机 %1 没有串口控制台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown console type</source>
        <translation>未知的控制台类型</translation>
    </message>
</context>
<context>
    <name>sd::ConsoleStateOverlay</name>
    <message>
        <location filename="../views/console/consolestateoverlay.cpp" line="+42"/>
        <source>No console</source>
        <translation>无控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window has no console session.</source>
        <translation>此窗口没有控制台会话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the %1 console of %2 on host %3.</source>
        <translation>正在打开主机 %3 上 %2 的 %1 控制台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the guest&apos;s screen…</source>
        <translation>正在等待客户机屏幕…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StackDesk reconnects by itself when the instance is back (after a reboot or a migration).</source>
        <translation>云主机恢复后（重启或迁移之后），StackDesk 会自动重新连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The console could not connect</source>
        <translation>控制台无法连接</translation>
    </message>
</context>
<context>
    <name>sd::ConsoleThumbnail</name>
    <message>
        <location filename="../views/console/consolethumbnail.cpp" line="+38"/>
        <source>%1 on host %2
%3
Click to open its console.</source>
        <translation>主机 %2 上的 %1
%3
点击可打开其控制台。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+25"/>
        <source>Console closed</source>
        <translation>控制台已关闭</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 · waiting for the screen</source>
        <translation>%1 · 正在等待屏幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2×%3</source>
        <translation>%1 · %2×%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnected: %1</source>
        <translation>已断开连接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for the screen…</source>
        <translation>正在等待屏幕…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting when it is back…</source>
        <translation>恢复后将重新连接…</translation>
    </message>
</context>
<context>
    <name>sd::ConsoleTypes</name>
    <message>
        <location filename="../engine/console/consoletype.cpp" line="+42"/>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1：“%2”不是 %3 之一</translation>
    </message>
</context>
<context>
    <name>sd::ConsoleWidget</name>
    <message>
        <location filename="../views/console/consolewidget.cpp" line="+193"/>
        <source>Press Ctrl+Alt to release the keyboard</source>
        <translation>按 Ctrl+Alt 释放键盘</translation>
    </message>
</context>
<context>
    <name>sd::ConsoleWindow</name>
    <message>
        <location filename="../views/console/consolewindow.cpp" line="+36"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) — Console</source>
        <translation>%1（%2）— 控制台</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send Key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch to Virtual Terminal</source>
        <translation>切换到虚拟终端</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a key combination your own desktop would catch (Ctrl+Alt+Del, Ctrl+Alt+F2)</source>
        <translation>发送会被您本机桌面截获的组合键（Ctrl+Alt+Del、Ctrl+Alt+F2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the text of your clipboard on the guest&apos;s clipboard</source>
        <translation>将您剪贴板中的文本放到客户机的剪贴板上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the text of your clipboard into the guest</source>
        <translation>将您剪贴板中的文本输入到客户机中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scale to Fit</source>
        <translation>缩放以适应窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole screen in the window, keeping its proportions</source>
        <translation>在窗口中显示整个屏幕，并保持其宽高比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One guest pixel per screen pixel (1:1), scrolled when larger than the window</source>
        <translation>客户机的一个像素对应屏幕的一个像素（1:1），大于窗口时可滚动</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Full Screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full screen (F11; F11 or Esc leaves it)</source>
        <translation>全屏（F11；按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave Full Screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Screenshot…</source>
        <translation>截图…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the guest&apos;s screen as a PNG image</source>
        <translation>将客户机屏幕保存为 PNG 图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the connection to the console and open it again</source>
        <translation>关闭与控制台的连接并重新打开</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no screen yet</source>
        <translation>尚无屏幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard grabbed: Ctrl+Alt releases it</source>
        <translation>键盘已捕获：按 Ctrl+Alt 释放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the screen to grab the keyboard</source>
        <translation>点击屏幕以捕获键盘</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Screenshot: the console has shown no screen yet</source>
        <translation>截图：控制台尚未显示任何屏幕</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screenshot: could not write %1 (check the folder exists and is writable)</source>
        <translation>截图：无法写入 %1（请检查文件夹是否存在且可写）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screenshot saved to %1</source>
        <translation>截图已保存到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 not sent: the console is not connected</source>
        <translation>%1 未发送：控制台未连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1</source>
        <translation>已发送 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paste: the clipboard holds no text</source>
        <translation>粘贴：剪贴板中没有文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste: the console is not connected</source>
        <translation>粘贴：控制台未连接</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pasted %n characters</source>
        <translation>
            <numerusform>已粘贴 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Full screen: F11 leaves it</source>
        <translation>全屏：按 F11 退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen: F11 or Esc leaves it</source>
        <translation>全屏：按 F11 或 Esc 退出</translation>
    </message>
</context>
<context>
    <name>sd::CopyStatusLabel</name>
    <message>
        <location filename="../views/models/copystatuslabel.cpp" line="+11"/>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error Deleting</source>
        <translation>删除出错</translation>
    </message>
</context>
<context>
    <name>sd::CoreFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="+47"/>
        <source>%1 has %2 vCPUs free, needs %3</source>
        <translation>%1 有 %2 个空闲 vCPU，需要 %3 个</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="+45"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
</context>
<context>
    <name>sd::CreateFlavorWizard</name>
    <message>
        <location filename="../views/wizards/createflavor/createflavorwizard.cpp" line="+32"/>
        <location line="+5"/>
        <source>Create Flavor</source>
        <translation>创建云主机类型</translation>
    </message>
</context>
<context>
    <name>sd::CreateImageDialog</name>
    <message>
        <location filename="../views/dialogs/createimagedialog.cpp" line="+43"/>
        <source>Create Image</source>
        <translation>创建镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protected: cannot be deleted until this is cleared</source>
        <translation>受保护：清除此项之前无法删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upload a disk image from this computer or have StackDesk download it. The file is checked before it is stored: images that point at other files are refused.</source>
        <translation>从本机上传磁盘镜像，或由 StackDesk 下载。文件在存储前会经过检查：引用其他文件的镜像将被拒绝。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of a disk image on this computer</source>
        <translation>本机上磁盘镜像的路径</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>https://cloud-images.example.org/disk.qcow2</source>
        <translation>https://cloud-images.example.org/disk.qcow2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional, e.g. x86_64 or aarch64</source>
        <translation>可选，例如 x86_64 或 aarch64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>No minimum</source>
        <translation>无最小值</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The smallest root disk a flavor needs to boot this image; 0: no minimum</source>
        <translation>云主机类型启动此镜像所需的最小根磁盘；0：无最小值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The least RAM a flavor needs to boot this image; 0: no minimum</source>
        <translation>云主机类型启动此镜像所需的最小内存；0：无最小值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional, one key=value per line, e.g.
os_distro=debian
hw_disk_bus=virtio</source>
        <translation>可选，每行一个 key=value，例如
os_distro=debian
hw_disk_bus=virtio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator can make an image public.</source>
        <translation>只有管理员可以将镜像设为公有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image Details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Name *</source>
        <translation>镜像名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Description</source>
        <translation>镜像描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Source</source>
        <translation>镜像源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source Type</source>
        <translation>源类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File *</source>
        <translation>文件 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location URL *</source>
        <translation>位置 URL *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Requirements</source>
        <translation>镜像需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum Disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum RAM</source>
        <translation>最低内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Sharing</source>
        <translation>镜像共享</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose Image File</source>
        <translation>选择镜像文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk images (*.qcow2 *.img *.raw *.iso *.vdi *.vhd *.vhdx *.vmdk);;All files (*)</source>
        <translation>磁盘镜像 (*.qcow2 *.img *.raw *.iso *.vdi *.vhd *.vhdx *.vmdk);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Detected: %1, virtual size %2 (%3 file)</source>
        <translation>已检测到：%1，虚拟大小 %2（%3 文件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image Name: enter a name for the image.</source>
        <translation>镜像名称：请输入镜像的名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File: choose the image file with Browse…</source>
        <translation>文件：请通过“浏览…”选择镜像文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: wait until the file has been checked.</source>
        <translation>文件：请等待文件检查完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format: the file is %1, not %2; choose %1 or Detect automatically.</source>
        <translation>格式：该文件是 %1，而不是 %2；请选择 %1 或“自动检测”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location URL: enter the http:// or https:// address of the image.</source>
        <translation>位置 URL：请输入镜像的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Architecture: %1</source>
        <translation>架构：%1</translation>
    </message>
</context>
<context>
    <name>sd::CreateKeyPairDialog</name>
    <message>
        <location filename="../views/dialogs/createkeypairdialog.cpp" line="+14"/>
        <source>Create Key Pair</source>
        <translation>创建密钥对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key pairs are how you log in to an instance after it is launched: the public key is put into the instance, and you keep the private key. StackDesk does not store the private key; it is shown to you once, next.</source>
        <translation>密钥对用于在云主机启动后登录：公钥会放入云主机，私钥由您保管。StackDesk 不保存私钥；私钥会在下一步向您显示一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. laptop</source>
        <translation>例如 laptop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ED25519 (recommended)</source>
        <translation>ED25519（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072 bits (for old SSH clients)</source>
        <translation>RSA 3072 位（用于旧版 SSH 客户端）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Pair Name *</source>
        <translation>密钥对名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Type *</source>
        <translation>密钥类型 *</translation>
    </message>
</context>
<context>
    <name>sd::CreateNetworkWizard</name>
    <message>
        <location filename="../views/wizards/createnetwork/createnetworkwizard.cpp" line="+45"/>
        <source>Create Network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Create the network%1</source>
        <translation>创建网络%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and its subnet</source>
        <translation> 及其子网</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create makes network %1 with subnet %2.</source>
        <translation>“创建”将创建网络 %1 及子网 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create makes network %1 without a subnet.</source>
        <translation>“创建”将创建网络 %1，不含子网。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check Create Subnet on the Network step</source>
        <translation>请在“网络”步骤中勾选“创建子网”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1
Nothing was created: correct the subnet and press Create again.</source>
        <translation>%1
未创建任何内容：请修正子网后再次点击“创建”。</translation>
    </message>
</context>
<context>
    <name>sd::CreateProjectWizard</name>
    <message>
        <location filename="../views/wizards/createproject/createprojectwizard.cpp" line="+36"/>
        <location line="+5"/>
        <source>Create Project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group %1</source>
        <translation>用户组 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was created, because these no longer exist: %1. Pick again.</source>
        <translation>未创建任何内容，因为以下对象已不存在：%1。请重新选择。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>group %1, role %2: %3</source>
        <translation>用户组 %1，角色 %2：%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user %1, role %2: %3</source>
        <translation>用户 %1，角色 %2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project %1 was created, but these roles were not given:
%2
Create Project tries them again; Cancel keeps the project as it is (Manage Members can change it later).</source>
        <translation>项目 %1 已创建，但未能授予以下角色：
%2
“创建项目”会重试授予这些角色；“取消”则保持项目现状（之后可通过“管理成员”修改）。</translation>
    </message>
</context>
<context>
    <name>sd::CreateRoleDialog</name>
    <message>
        <location filename="../views/dialogs/createroledialog.cpp" line="+12"/>
        <source>Create Role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>StackDesk&apos;s policy knows admin, member and reader. A user who holds only a new role on a project may look at the project&apos;s resources, as a reader can.</source>
        <translation>StackDesk 的策略只识别 admin、member 和 reader 角色。在某个项目上只拥有新角色的用户，可以像 reader 一样查看该项目的资源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role Name *</source>
        <translation>角色名称 *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a role name.</source>
        <translation>请输入角色名称。</translation>
    </message>
</context>
<context>
    <name>sd::CreateServerGroupDialog</name>
    <message>
        <location filename="../views/dialogs/createservergroupdialog.cpp" line="+19"/>
        <source>Create Server Group</source>
        <translation>创建服务器组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A server group tells the scheduler where to place the instances launched into it: together on one host (affinity), for fast traffic between them, or spread over hosts (anti-affinity), so one host failing does not take them all. Instances join a group when they are launched.</source>
        <translation>服务器组告诉调度器如何放置在其中启动的云主机：集中在同一主机上（亲和性），以便它们之间快速通信；或分散到不同主机上（反亲和性），使一台主机故障不会影响所有云主机。云主机在启动时加入服务器组。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy *</source>
        <translation>策略 *</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Server group name</source>
        <translation>服务器组名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a policy.</source>
        <translation>请选择一个策略。</translation>
    </message>
</context>
<context>
    <name>sd::CreateSnapshotDialog</name>
    <message>
        <location filename="../views/dialogs/instance/createsnapshotdialog.cpp" line="+14"/>
        <source>Create Snapshot of %1</source>
        <translation>创建 %1 的快照</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A snapshot saves the instance&apos;s root disk as an image of project %1. A running instance is paused for the moment its disk is copied. Launch new instances from the snapshot in Images.</source>
        <translation>快照将云主机的根磁盘保存为项目 %1 的镜像。复制磁盘期间，运行中的云主机会短暂暂停。可在“镜像”中从快照启动新的云主机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1-snapshot</source>
        <translation>%1-snapshot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot Name *</source>
        <translation>快照名称 *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot name</source>
        <translation>快照名称</translation>
    </message>
</context>
<context>
    <name>sd::CreateUserDialog</name>
    <message>
        <location filename="../views/dialogs/createuserdialog.cpp" line="+20"/>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user signs in with this name and password. The role is given on the primary project, so the user can work there at once.</source>
        <translation>用户使用此名称和密码登录。角色授予在主项目上，因此用户可以立即在该项目中工作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name@example.org (optional)</source>
        <translation>name@example.org（可选）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User Name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password *</source>
        <translation>密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm Password *</source>
        <translation>确认密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Project</source>
        <translation>主项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>User %1 was created, but the role %2 was not given: %3</source>
        <translation>用户 %1 已创建，但未能授予角色 %2：%3</translation>
    </message>
</context>
<context>
    <name>sd::CreateVolumeDialog</name>
    <message>
        <location filename="../views/dialogs/createvolumedialog.cpp" line="+42"/>
        <source>Create Volume</source>
        <translation>创建卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of Volumes</source>
        <translation>卷数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of Snapshots</source>
        <translation>快照数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total Gibibytes</source>
        <translation>总容量（GiB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volumes are block devices that can be attached to instances. A volume lives in one volume type&apos;s storage pool on one host; start it empty or from an image, a snapshot or another volume.</source>
        <translation>卷是可以连接到云主机的块设备。卷位于某台主机上某个卷类型的存储池中；可以新建空卷，也可以从镜像、快照或其他卷创建。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+227"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+259"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Volume Source</source>
        <translation>卷源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (GiB) *</source>
        <translation>大小（GiB） *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volume Limits</source>
        <translation>卷限额</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No source, empty volume</source>
        <translation>无源，空卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No volume type</source>
        <translation>无卷类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any Availability Zone</source>
        <translation>任意可用域</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Use snapshot as a source</source>
        <translation>使用快照作为源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a snapshot</source>
        <translation>选择快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1（%2 GiB）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Use image as a source</source>
        <translation>使用镜像作为源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image</source>
        <translation>选择镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a volume as source</source>
        <translation>使用卷作为源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a volume</source>
        <translation>选择卷</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A copy of a snapshot or a volume stays in its source&apos;s type and zone</source>
        <translation>快照或卷的副本保留在其源的类型和可用域中</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Volume size must be equal to or greater than the snapshot size (%1 GiB)</source>
        <translation>卷大小必须大于或等于快照大小（%1 GiB）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume size must be equal to or greater than the image minimum disk size (%1 GiB)</source>
        <translation>卷大小必须大于或等于镜像的最小磁盘大小（%1 GiB）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume size must be equal to or greater than the image size (%1)</source>
        <translation>卷大小必须大于或等于镜像大小（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume size must be equal to or greater than the origin volume size (%1 GiB)</source>
        <translation>卷大小必须大于或等于源卷大小（%1 GiB）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The volume size cannot be less than the snapshot size (%1 GiB)</source>
        <translation>卷大小不能小于快照大小（%1 GiB）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The volume size cannot be less than the image size (%1)</source>
        <translation>卷大小不能小于镜像大小（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The volume size cannot be less than the image minimum disk size (%1 GiB)</source>
        <translation>卷大小不能小于镜像的最小磁盘大小（%1 GiB）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The volume size cannot be less than the source volume size (%1 GiB)</source>
        <translation>卷大小不能小于源卷大小（%1 GiB）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot source must be specified</source>
        <translation>必须指定快照源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image source must be specified</source>
        <translation>必须指定镜像源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume source must be specified</source>
        <translation>必须指定卷源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>sd::CreateVolumeFromSnapshotDialog</name>
    <message>
        <location filename="../views/dialogs/createvolumefromsnapshotdialog.cpp" line="+28"/>
        <source>Create Volume from Snapshot %1</source>
        <translation>从快照 %1 创建卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create Volume</source>
        <translation>创建卷</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new volume starts as a copy of snapshot %1 (of volume %2) on the same host. It can be larger than the snapshot, never smaller.</source>
        <translation>新卷最初是快照 %1（卷 %2 的快照）的副本，位于同一主机上。新卷可以比快照大，但不能更小。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the volume&apos;s ID</source>
        <translation>卷的 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1（%2 GiB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use snapshot as a source</source>
        <translation>使用快照作为源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size *</source>
        <translation>大小 *</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snapshot %1 is not available yet</source>
        <translation>快照 %1 尚不可用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type: no volume type is open to project %1</source>
        <translation>类型：没有向项目 %1 开放的卷类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The volume size cannot be less than the snapshot size (%1 GiB)</source>
        <translation>卷大小不能小于快照大小（%1 GiB）</translation>
    </message>
</context>
<context>
    <name>sd::CreateVolumeTransferDialog</name>
    <message>
        <location filename="../views/dialogs/createvolumetransferdialog.cpp" line="+14"/>
        <source>Create Transfer of Volume %1</source>
        <translation>创建卷 %1 的转让</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create Volume Transfer</source>
        <translation>创建卷转让</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ownership of a volume can be transferred from one project to another. Once a transfer is created, its ID and authorization key are shown once; give them to a member of the other project, who accepts the transfer there. Until then the volume is awaiting transfer.</source>
        <translation>卷的所有权可以从一个项目转让给另一个项目。创建转让后，其 ID 和授权密钥只显示一次；请将它们交给另一个项目的成员，由其在该项目中接受转让。在此之前，卷处于等待转让状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer Name *</source>
        <translation>转让名称 *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volume transfer name cannot be empty.</source>
        <translation>卷转让名称不能为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer name</source>
        <translation>转让名称</translation>
    </message>
</context>
<context>
    <name>sd::CreateVolumeTypeDialog</name>
    <message>
        <location filename="../views/dialogs/createvolumetypedialog.cpp" line="+22"/>
        <source>Create Volume Type</source>
        <translation>创建卷类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every project may create volumes of this type</source>
        <translation>所有项目都可以创建此类型的卷</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A volume type is a storage backend: a libvirt storage pool of the chosen type on every host, defined there when its first volume lands. Volumes of a shared type (NFS, iSCSI, RBD) attach to instances on any host; the others to instances on their own host.</source>
        <translation>卷类型即存储后端：每台主机上一个所选类型的 libvirt 存储池，在其第一个卷落到该主机时定义。共享类型（NFS、iSCSI、RBD）的卷可连接到任意主机上的云主机；其他类型的卷只能连接到其所在主机上的云主机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool Type *</source>
        <translation>存储池类型 *</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one key=value a line, e.g. volume_backend_name=fast</source>
        <translation>每行一个 key=value，例如 volume_backend_name=fast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra Specs</source>
        <translation>额外规格</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing the pool on the hosts…</source>
        <translation>正在主机上准备存储池…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pool option %1: required for a %2 pool</source>
        <translation>存储池选项 %1：%2 存储池必须填写</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preparing the %1 pool on the hosts… (the Tasks dock shows it)</source>
        <translation>正在主机上准备 %1 存储池…（“任务”面板中可以查看）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The pool preparation task is gone</source>
        <translation>存储池准备任务已不存在</translation>
    </message>
</context>
<context>
    <name>sd::CustomKeyDialog</name>
    <message>
        <location filename="../views/console/customkeydialog.cpp" line="+12"/>
        <source>Send Key Combination</source>
        <translation>发送组合键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys are pressed in the order typed and released in reverse, as a person would press them.</source>
        <translation>各按键按输入顺序按下，再按相反顺序松开，就像人按键时一样。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. ctrl+alt+f2</source>
        <translation>例如 ctrl+alt+f2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combination *</source>
        <translation>组合键 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key names: %1</source>
        <translation>按键名称：%1</translation>
    </message>
</context>
<context>
    <name>sd::DaemonNetns</name>
    <message>
        <location filename="../engine/hosts/daemonnetns.cpp" line="+35"/>
        <source>socket path %1 is too long</source>
        <translation>套接字路径 %1 过长</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the network namespace of the libvirt daemon (pid %1 on %2) cannot be read</source>
        <translation>无法读取 libvirt 守护进程（%2 上的 pid %1）的网络命名空间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no libvirt daemon socket was found for %1</source>
        <translation>未找到 %1 的 libvirt 守护进程套接字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no libvirt daemon answers for %1 (%2)</source>
        <translation>没有 libvirt 守护进程响应 %1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::DataDir</name>
    <message>
        <location filename="../engine/core/datadir.cpp" line="+32"/>
        <source>Data dir: no path given</source>
        <translation>数据目录：未指定路径</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data dir %1: exists but is not a folder</source>
        <translation>数据目录 %1：已存在，但不是文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data dir %1: cannot create %2; choose a folder you may write to</source>
        <translation>数据目录 %1：无法创建 %2；请选择一个您有写权限的文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data dir %1: not writable; choose a folder you may write to</source>
        <translation>数据目录 %1：不可写；请选择一个您有写权限的文件夹</translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <location filename="../engine/store/database.cpp" line="+121"/>
        <source>Database %1: cannot open or create it</source>
        <translation>数据库 %1：无法打开或创建</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database %1: cannot open it</source>
        <translation>数据库 %1：无法打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database %1 has schema version %2, newer than this StackDesk knows (%3); use the newer StackDesk that wrote it</source>
        <translation>数据库 %1 的模式版本为 %2，高于此 StackDesk 所支持的版本（%3）；请使用写入该数据库的较新版本 StackDesk</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Database migration %1 is missing from the build</source>
        <translation>此构建中缺少数据库迁移 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Database migration %1 failed</source>
        <translation>数据库迁移 %1 失败</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database is busy; try again</source>
        <translation>数据库繁忙；请重试</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database: saving the change failed</source>
        <translation>数据库：保存更改失败</translation>
    </message>
</context>
<context>
    <name>sd::DefaultQuotasDialog</name>
    <message>
        <location filename="../views/dialogs/defaultquotasdialog.cpp" line="+15"/>
        <source>Update Default Quotas</source>
        <translation>更新默认配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Defaults</source>
        <translation>更新默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every project has these limits unless it was given its own with Modify Quotas. Unlimited (-1) sets no limit.</source>
        <translation>除非已通过“修改配额”为项目单独设置限额，否则每个项目都使用这些限额。“无限制”（-1）表示不设限额。</translation>
    </message>
</context>
<context>
    <name>sd::DefaultQuotasPanel</name>
    <message>
        <location filename="../views/panels/defaultquotaspanel.cpp" line="+23"/>
        <source>Admin › System</source>
        <translation>管理员 › 系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default Quotas</source>
        <translation>默认配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update Default Quotas…</source>
        <translation>更新默认配额…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the limits every project has unless it was given its own</source>
        <translation>修改每个项目的默认限额（单独设置了限额的项目除外）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The limits every project has unless it was given its own (Identity › Projects › Modify Quotas).</source>
        <translation>每个项目的默认限额，单独设置了限额的项目除外（身份管理 › 项目 › 修改配额）。</translation>
    </message>
</context>
<context>
    <name>sd::DemoLab</name>
    <message>
        <location filename="../engine/demo/demolab.cpp" line="+42"/>
        <source>Demo lab: cannot write %1</source>
        <translation>演示环境：无法写入 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>StackDesk demo lab

Simulated hosts (libvirt&apos;s test driver): compute-1 and compute-2 in zone-a, compute-3 in zone-b.

Administrator: user admin, project admin, password %1
Member: user demo, project demo, password %2

Delete this folder to start the demo lab afresh.
</source>
        <translation>StackDesk 演示环境

模拟主机（libvirt 的 test 驱动）：zone-a 中的 compute-1 和 compute-2，zone-b 中的 compute-3。

管理员：用户 admin，项目 admin，密码 %1
成员：用户 demo，项目 demo，密码 %2

删除此文件夹即可重新创建演示环境。
</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>
No tiny-linux image: it is built with scripts/build-demo-image.sh (needs Debian&apos;s package mirror once). Then delete this folder to recreate the demo lab, or upload it yourself: stackctl --demo image create --file tiny-linux.qcow2 --public tiny-linux
</source>
        <translation>
没有 tiny-linux 镜像：它由 scripts/build-demo-image.sh 构建（需要访问一次 Debian 软件包镜像站）。之后删除此文件夹以重新创建演示环境，或自行上传：stackctl --demo image create --file tiny-linux.qcow2 --public tiny-linux
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Demo lab: image tiny-linux: %1</source>
        <translation>演示环境：镜像 tiny-linux：%1</translation>
    </message>
</context>
<context>
    <name>sd::DetachInterfaceDialog</name>
    <message>
        <location filename="../views/dialogs/instance/detachinterfacedialog.cpp" line="+16"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detach Interface from %1</source>
        <translation>从 %1 分离接口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach Interface</source>
        <translation>分离接口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The port is unplugged from the instance. A port the instance made (at launch or by Attach Interface by network) is deleted and its address released; a port attached by port stays, free for another instance. Floating IPs on it are disassociated.</source>
        <translation>该端口将从云主机上拔出。由云主机创建的端口（在启动时或通过“按网络连接接口”创建）将被删除并释放其地址；按端口连接的端口将保留，可供其他云主机使用。端口上的浮动IP将被取消关联。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Port *</source>
        <translation>端口 *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port: instance %1 has no interface</source>
        <translation>端口：云主机 %1 没有接口</translation>
    </message>
</context>
<context>
    <name>sd::DetachVolumeDialog</name>
    <message>
        <location filename="../views/dialogs/detachvolumedialog.cpp" line="+13"/>
        <source>Detach Volume from %1</source>
        <translation>从 %1 分离卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach Volume</source>
        <translation>分离卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is unplugged from the instance and the volume becomes available, with its data, for this or another instance. Unmount it in the guest first, or data it has not written is lost.</source>
        <translation>磁盘将从云主机上拔出，卷变为可用，其中的数据保留，可供此云主机或其他云主机使用。请先在客户机中卸载文件系统，否则尚未写入的数据将会丢失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 (%3 GiB)</source>
        <translation>%2 上的 %1（%3 GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no device)</source>
        <translation>（无设备）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume *</source>
        <translation>卷 *</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume: instance %1 has no volume to detach</source>
        <translation>卷：云主机 %1 没有可分离的卷</translation>
    </message>
</context>
<context>
    <name>sd::DetailsPage</name>
    <message>
        <location filename="../views/wizards/launch/detailspage.cpp" line="+26"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please provide the initial hostname for the instance, the availability zone where it will be deployed, and the instance count. Increase the Count to create multiple instances with the same settings.</source>
        <translation>请提供云主机的初始主机名、部署所在的可用域以及云主机数量。增加“数量”可以用相同的设置创建多个云主机。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total Instances</source>
        <translation>云主机总数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any Availability Zone</source>
        <translation>任意可用域</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance Name *</source>
        <translation>云主机名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count *</source>
        <translation>数量 *</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used %1, Added %2, Remaining: unlimited</source>
        <translation>已使用 %1，新增 %2，剩余：无限制</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Used %1, Added %2, Remaining %3</source>
        <translation>已使用 %1，新增 %2，剩余 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used %1, Added %2: %3 over the quota of %4</source>
        <translation>已使用 %1，新增 %2：超出配额 %4 达 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The instance count must not exceed your quota available of %1 instances</source>
        <translation>云主机数量不能超过您的可用配额 %1 个云主机</translation>
    </message>
</context>
<context>
    <name>sd::DeviceNodeItem</name>
    <message>
        <location filename="../views/topology/devicenodeitem.cpp" line="+20"/>
        <source>Router</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2
Status: %3
ID: %4</source>
        <translation>%1 %2
状态：%3
ID：%4</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sd::DisableHostDialog</name>
    <message>
        <location filename="../views/dialogs/disablehostdialog.cpp" line="+16"/>
        <location line="+15"/>
        <source>Disable Service</source>
        <translation>禁用服务</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Disable the compute service on %1? New instances will not be scheduled there; instances already running keep running.</source>
        <translation>禁用 %1 上的计算服务？新的云主机将不会被调度到该主机；已在运行的云主机将继续运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. hardware maintenance</source>
        <translation>例如：硬件维护</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Give a reason: other administrators will see it</source>
        <translation>请填写原因：其他管理员会看到它</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
</context>
<context>
    <name>sd::DisassociateInstanceFloatingIpDialog</name>
    <message>
        <location filename="../views/dialogs/instance/instancefloatingipdialogs.cpp" line="+18"/>
        <source>Disassociate Floating IP from %1</source>
        <translation>取消 %1 的浮动IP关联</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disassociate</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release Floating IP</source>
        <translation>释放浮动IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The floating IP no longer reaches the instance. Released, it goes back to the pool and the project&apos;s floating IP quota.</source>
        <translation>该浮动IP将不再指向云主机。释放后，它将返回资源池，并归还项目的浮动IP配额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Floating IP *</source>
        <translation>浮动IP *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instance %1 has no floating IP</source>
        <translation>云主机 %1 没有浮动IP</translation>
    </message>
</context>
<context>
    <name>sd::DiskFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="+12"/>
        <source>%1 has %2 GB of disk free, needs %3 GB</source>
        <translation>%1 有 %2 GB 空闲磁盘，需要 %3 GB</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="+9"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
</context>
<context>
    <name>sd::DomainInterfaces</name>
    <message>
        <location filename="../engine/compute/instance/domaininterfaces.cpp" line="+27"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The stored domain XML cannot be read (line %1: %2)</source>
        <translation>无法读取已保存的虚拟机 XML（第 %1 行：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stored domain XML has no &lt;devices&gt;</source>
        <translation>已保存的虚拟机 XML 中没有 &lt;devices&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The domain cannot be defined again</source>
        <translation>无法重新定义该虚拟机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain cannot be restarted on its new definition</source>
        <translation>无法按新定义重新启动该虚拟机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain cannot be paused again</source>
        <translation>无法再次暂停该虚拟机</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The interface XML has no MAC address</source>
        <translation>接口 XML 中没有 MAC 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain has an interface with MAC address %1 already</source>
        <translation>该虚拟机已有 MAC 地址为 %1 的接口</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Domain %1 is not on its host</source>
        <translation>虚拟机 %1 不在其主机上</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The interface cannot be plugged into domain %1</source>
        <translation>无法将接口插入虚拟机 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The guest of domain %1 did not release the interface with MAC address %2 within %3 s; its operating system must support PCI hot-unplug (ACPI). Try again, or shut the instance off first</source>
        <translation>虚拟机 %1 的客户机未在 %3 秒内释放 MAC 地址为 %2 的接口；其操作系统必须支持 PCI 热拔出（ACPI）。请重试，或先将云主机关机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The interface cannot be unplugged from domain %1</source>
        <translation>无法从虚拟机 %1 拔出接口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The interface cannot be removed from the definition of domain %1</source>
        <translation>无法从虚拟机 %1 的定义中移除该接口</translation>
    </message>
</context>
<context>
    <name>sd::DomainOps</name>
    <message>
        <location filename="../engine/compute/instance/domainops.cpp" line="+29"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+72"/>
        <source>The domain cannot be powered off</source>
        <translation>无法关闭该虚拟机的电源</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The domain cannot be defined</source>
        <translation>无法定义该虚拟机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The domain cannot be started</source>
        <translation>无法启动该虚拟机</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Domain %1 is not on its host</source>
        <translation>虚拟机 %1 不在其主机上</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a power action</source>
        <translation>%1 不是电源操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed on the host</source>
        <translation>%1 在主机上失败</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain %1 cannot be powered off</source>
        <translation>无法关闭虚拟机 %1 的电源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain %1 cannot be undefined</source>
        <translation>无法取消定义虚拟机 %1</translation>
    </message>
</context>
<context>
    <name>sd::DomainXmlEdit</name>
    <message>
        <location filename="../engine/compute/instance/domainxmledit.cpp" line="+94"/>
        <source>The instance&apos;s domain XML cannot be read (line %1): %2</source>
        <translation>无法读取云主机的虚拟机 XML（第 %1 行）：%2</translation>
    </message>
</context>
<context>
    <name>sd::EditFlavorDialog</name>
    <message>
        <location filename="../views/dialogs/editflavordialog.cpp" line="+17"/>
        <source>Edit Flavor %1</source>
        <translation>编辑云主机类型 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the description can change: flavors are immutable, so the instances using this one stay right. For other sizes, create a new flavor.</source>
        <translation>只能修改描述：云主机类型是不可变的，这样使用它的云主机才能保持正确。如需其他规格，请创建新的云主机类型。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root Disk</source>
        <translation>根磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ephemeral Disk</source>
        <translation>临时磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap Disk</source>
        <translation>交换磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, see Modify Access</source>
        <translation>否，请查看“修改访问权限”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flavor description</source>
        <translation>云主机类型描述</translation>
    </message>
</context>
<context>
    <name>sd::EditHostDialog</name>
    <message>
        <location filename="../views/dialogs/edithostdialog.cpp" line="+24"/>
        <source>Edit Host %1</source>
        <translation>编辑主机 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sd::EditImageDialog</name>
    <message>
        <location filename="../views/dialogs/editimagedialog.cpp" line="+36"/>
        <source>Edit Image %1</source>
        <translation>编辑镜像 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protected: cannot be deleted until this is cleared</source>
        <translation>受保护：清除此项之前无法删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The format of the uploaded data; upload a new image to change it</source>
        <translation>已上传数据的格式；如需更改，请上传新镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, e.g. x86_64 or aarch64</source>
        <translation>可选，例如 x86_64 或 aarch64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>No minimum</source>
        <translation>无最小值</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image Name *</source>
        <translation>镜像名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Description</source>
        <translation>镜像描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum Disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum RAM</source>
        <translation>最低内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image Name: enter a name for the image.</source>
        <translation>镜像名称：请输入镜像的名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Architecture: %1</source>
        <translation>架构：%1</translation>
    </message>
</context>
<context>
    <name>sd::EditInstanceDialog</name>
    <message>
        <location filename="../views/dialogs/editinstancedialog.cpp" line="+15"/>
        <source>Edit Instance %1</source>
        <translation>编辑云主机 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can change the name and the description of the instance. The guest&apos;s hostname stays what it was at launch.</source>
        <translation>您可以修改云主机的名称和描述。客户机的主机名保持启动时的值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>sd::EditNetworkDialog</name>
    <message>
        <location filename="../views/dialogs/editnetworkdialog.cpp" line="+17"/>
        <source>Edit Network %1</source>
        <translation>编辑网络 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable Admin State</source>
        <translation>启用管理状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may update the editable properties of your network here. Subnets are changed from the network&apos;s details.</source>
        <translation>您可以在此更新网络的可编辑属性。子网需在网络详情中修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A network whose admin state is down carries no traffic</source>
        <translation>管理状态为 DOWN 的网络不传输任何流量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every project may attach instances to a shared network</source>
        <translation>所有项目都可以将云主机连接到共享网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routers take their gateway, and floating IPs their addresses, from an external network</source>
        <translation>路由从外部网络获取网关，浮动IP从外部网络获取地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network name</source>
        <translation>网络名称</translation>
    </message>
</context>
<context>
    <name>sd::EditProjectDialog</name>
    <message>
        <location filename="../views/dialogs/editprojectdialog.cpp" line="+24"/>
        <source>Edit Project %1</source>
        <translation>编辑项目 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sd::EditSecurityGroupsDialog</name>
    <message>
        <location filename="../views/dialogs/instance/editsecuritygroupsdialog.cpp" line="+15"/>
        <source>Edit Security Groups of %1</source>
        <translation>编辑 %1 的安全组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The security groups of all the instance&apos;s ports. Checked groups apply to every port; a group on only some ports is partly checked; edit those ports in Networks › Ports.</source>
        <translation>云主机所有端口的安全组。勾选的安全组应用于每个端口；仅应用于部分端口的安全组显示为部分勾选；请在“网络 › 端口”中编辑这些端口。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project %1 has no security group</source>
        <translation>项目 %1 没有安全组</translation>
    </message>
</context>
<context>
    <name>sd::EditUserDialog</name>
    <message>
        <location filename="../views/dialogs/edituserdialog.cpp" line="+14"/>
        <source>Edit User %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User Name *</source>
        <translation>用户名 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary Project</source>
        <translation>主项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>sd::EditVolumeDialog</name>
    <message>
        <location filename="../views/dialogs/editvolumedialog.cpp" line="+16"/>
        <source>Edit Volume %1</source>
        <translation>编辑卷 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specifies that the volume can be used to launch an instance</source>
        <translation>指定该卷可用于启动云主机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume name</source>
        <translation>卷名称</translation>
    </message>
</context>
<context>
    <name>sd::EditVolumeSnapshotDialog</name>
    <message>
        <location filename="../views/dialogs/editvolumesnapshotdialog.cpp" line="+15"/>
        <source>Edit Snapshot %1</source>
        <translation>编辑快照 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot Name *</source>
        <translation>快照名称 *</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Snapshot Name</source>
        <translation>快照名称</translation>
    </message>
</context>
<context>
    <name>sd::EditVolumeTypeDialog</name>
    <message>
        <location filename="../views/dialogs/editvolumetypedialog.cpp" line="+18"/>
        <source>Edit Volume Type %1</source>
        <translation>编辑卷类型 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project may create volumes of this type</source>
        <translation>所有项目都可以创建此类型的卷</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A private type is open to the projects chosen in Edit Access (and administrators)</source>
        <translation>私有类型向在“编辑访问权限”中选定的项目（以及管理员）开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
</context>
<context>
    <name>sd::ExtendVolumeDialog</name>
    <message>
        <location filename="../views/dialogs/extendvolumedialog.cpp" line="+14"/>
        <source>Extend Volume %1</source>
        <translation>扩展卷 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extend Volume</source>
        <translation>扩展卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extend the size of a volume. The data on it is kept; the guest sees the new size once its partition and file system are grown.</source>
        <translation>扩展卷的大小。卷上的数据会保留；客户机在其分区和文件系统扩容后即可看到新的大小。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Size (GiB)</source>
        <translation>当前大小（GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Size (GiB) *</source>
        <translation>新大小（GiB） *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New size must be greater than current size.</source>
        <translation>新大小必须大于当前大小。</translation>
    </message>
</context>
<context>
    <name>sd::ExtraSpecLines</name>
    <message>
        <location filename="../views/dialogs/extraspeclines.cpp" line="+21"/>
        <source>Extra specs line %1: write key=value, e.g. volume_backend_name=fast</source>
        <translation>额外规格第 %1 行：请写成 key=value，例如 volume_backend_name=fast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra specs line %1: %2 is given twice</source>
        <translation>额外规格第 %1 行：%2 出现了两次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra specs line %1: %2</source>
        <translation>额外规格第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>sd::FilterApplier</name>
    <message>
        <location filename="../engine/network/realize/filterapplier.cpp" line="+32"/>
        <source>Network filter %1 could not be defined: %2</source>
        <translation>无法定义网络过滤器 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: defined</source>
        <translation>%1：已定义</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listing the host&apos;s network filters failed: %1</source>
        <translation>列出主机的网络过滤器失败：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is no longer needed but could not be removed: %2</source>
        <translation>%1 已不再需要，但无法移除：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: removed</source>
        <translation>%1：已移除</translation>
    </message>
</context>
<context>
    <name>sd::FilterEdit</name>
    <message>
        <location filename="../views/widgets/filteredit.cpp" line="+12"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
</context>
<context>
    <name>sd::FlavorAccessDialog</name>
    <message>
        <location filename="../views/dialogs/flavoraccessdialog.cpp" line="+20"/>
        <source>All Projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects with Access</source>
        <translation>有访问权限的项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modify Access: %1</source>
        <translation>修改访问权限：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flavor %1 is private: only the projects on the right (and administrators) can launch instances with it. Instances already running keep their flavor when a project loses access.</source>
        <translation>云主机类型 %1 是私有的：只有右侧的项目（以及管理员）可以用它创建云主机。项目失去访问权限时，已在运行的云主机保留其云主机类型。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No project will have access: only administrators will see %1.</source>
        <translation>没有项目拥有访问权限：只有管理员能看到 %1。</translation>
    </message>
</context>
<context>
    <name>sd::FlavorAccessPage</name>
    <message>
        <location filename="../views/wizards/createflavor/flavoraccesspage.cpp" line="+15"/>
        <source>All Projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Selected Projects</source>
        <translation>已选项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flavor Access</source>
        <translation>云主机类型访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the projects where the flavor will be used. If no projects are selected, the flavor will be available in all projects.</source>
        <translation>选择将使用该云主机类型的项目。如果未选择任何项目，则该云主机类型在所有项目中均可用。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Public&lt;/b&gt;: every project can use this flavor. This cannot be changed later.</source>
        <translation>&lt;b&gt;公有&lt;/b&gt;：所有项目都可以使用此云主机类型。此设置以后无法更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Private&lt;/b&gt;: only %1 (and administrators) can use this flavor. Projects can be added or removed later with Modify Access; the flavor cannot be made public.</source>
        <translation>&lt;b&gt;私有&lt;/b&gt;：只有 %1（以及管理员）可以使用此云主机类型。以后可以通过“修改访问权限”添加或移除项目；该云主机类型无法改为公有。</translation>
    </message>
</context>
<context>
    <name>sd::FlavorActions</name>
    <message>
        <location filename="../views/panels/flavoractions.cpp" line="+21"/>
        <source>Create Flavor…</source>
        <translation>创建云主机类型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update Metadata…</source>
        <translation>更新元数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify Access…</source>
        <translation>修改访问权限…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Flavor…</source>
        <translation>编辑云主机类型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Delete Flavor…</source>
        <translation>删除云主机类型…</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Create a flavor: the vCPUs, RAM and disks instances are launched with</source>
        <translation>创建云主机类型：即创建云主机时使用的 vCPU、内存和磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, change or remove the extra specs of the selected flavor</source>
        <translation>添加、修改或移除所选云主机类型的额外规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the description of the selected flavor</source>
        <translation>修改所选云主机类型的描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metadata…</source>
        <translation>元数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access…</source>
        <translation>访问权限…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete Flavors…</source>
        <translation>删除云主机类型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the %1 selected flavors</source>
        <translation>删除所选的 %1 个云主机类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected flavor; instances using it keep their copy</source>
        <translation>删除所选云主机类型；正在使用它的云主机保留各自的副本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flavor %1 is public: every project may use it. Public or private is chosen when a flavor is created and cannot change.</source>
        <translation>云主机类型 %1 是公有的：所有项目都可以使用。公有或私有在创建云主机类型时选择，之后无法更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the projects that may use the selected private flavor (one flavor at a time)</source>
        <translation>选择可以使用所选私有云主机类型的项目（每次一个云主机类型）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the projects that may use private flavor %1</source>
        <translation>选择可以使用私有云主机类型 %1 的项目</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Update Flavor Metadata: %1</source>
        <translation>更新云主机类型元数据：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra specs tell the scheduler and the hypervisor more about instances of this flavor (for example hw:cpu_policy or aggregate_instance_extra_specs:ssd). Instances launched before a change keep the specs they were launched with.</source>
        <translation>额外规格向调度器和虚拟机管理器提供关于此云主机类型的云主机的更多信息（例如 hw:cpu_policy 或 aggregate_instance_extra_specs:ssd）。更改之前创建的云主机保留其创建时的规格。</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+13"/>
        <source>Delete Flavor</source>
        <translation>删除云主机类型</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Delete Flavors</source>
        <translation>删除云主机类型</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Delete flavor %1?</source>
        <translation>删除云主机类型 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 flavors: %2?</source>
        <translation>删除 %1 个云主机类型：%2？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instances using it keep their copy of the flavor and go on running; new instances cannot be launched with it. This cannot be undone.</source>
        <translation>使用它的云主机保留各自的云主机类型副本并继续运行；但无法再用它创建新的云主机。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances using them keep their copy of the flavor and go on running; new instances cannot be launched with them. This cannot be undone.</source>
        <translation>使用它们的云主机保留各自的云主机类型副本并继续运行；但无法再用它们创建新的云主机。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::FlavorFit</name>
    <message>
        <location filename="../views/wizards/launch/flavorfit.cpp" line="+13"/>
        <source>Flavor %1 has %2 MB of RAM; image %3 needs at least %4 MB</source>
        <translation>云主机类型 %1 有 %2 MB 内存；镜像 %3 至少需要 %4 MB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Flavor %1 has a %2 GB root disk; image %3 needs at least %4 GB</source>
        <translation>云主机类型 %1 的根磁盘为 %2 GB；镜像 %3 至少需要 %4 GB</translation>
    </message>
</context>
<context>
    <name>sd::FlavorForm</name>
    <message>
        <location filename="../views/dialogs/flavorform.cpp" line="+39"/>
        <location line="+3"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. m1.small</source>
        <translation>例如 m1.small</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave &quot;auto&quot; for a generated UUID, or give letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>保留“auto”以生成 UUID，或输入字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk the instance boots from, made from its image</source>
        <translation>云主机启动所用的磁盘，由其镜像创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second, empty disk that lives and dies with the instance</source>
        <translation>第二块空磁盘，与云主机同生共灭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A swap disk for the instance; 0 for none</source>
        <translation>云主机的交换磁盘；0 表示无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VCPUs *</source>
        <translation>vCPU *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM (MB) *</source>
        <translation>内存（MB） *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root Disk (GB) *</source>
        <translation>根磁盘（GB） *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ephemeral Disk (GB)</source>
        <translation>临时磁盘（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap Disk (MB)</source>
        <translation>交换磁盘（MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Flavor name</source>
        <translation>云主机类型名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flavor name &apos;%1&apos; is already used; choose another name</source>
        <translation>云主机类型名称 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flavor ID: empty; type &quot;auto&quot; for a generated UUID</source>
        <translation>云主机类型 ID：为空；输入“auto”以生成 UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flavor ID &apos;%1&apos; is already used</source>
        <translation>云主机类型 ID &apos;%1&apos; 已被使用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Flavor description</source>
        <translation>云主机类型描述</translation>
    </message>
</context>
<context>
    <name>sd::FlavorInfoPage</name>
    <message>
        <location filename="../views/wizards/createflavor/flavorinfopage.cpp" line="+16"/>
        <source>Flavor Information</source>
        <translation>云主机类型信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flavors define the sizes for RAM, disk, number of cores, and other resources. The sizes cannot be changed after the flavor is created.</source>
        <translation>云主机类型定义了内存、磁盘、核数以及其他资源的大小。云主机类型创建后，这些大小无法更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next and Create Flavor are disabled: %1</source>
        <translation>“下一步”和“创建云主机类型”不可用：%1</translation>
    </message>
</context>
<context>
    <name>sd::FlavorModel</name>
    <message>
        <location filename="../views/models/flavormodel.cpp" line="+80"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every project may use this flavor</source>
        <translation>所有项目都可以使用此云主机类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Private; no project has access yet (only administrators can use it)</source>
        <translation>私有；尚无项目拥有访问权限（只有管理员可以使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private; projects with access: %1</source>
        <translation>私有；拥有访问权限的项目：%1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Flavor Name</source>
        <translation>云主机类型名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root Disk</source>
        <translation>根磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ephemeral Disk</source>
        <translation>临时磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap Disk</source>
        <translation>交换磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
</context>
<context>
    <name>sd::FlavorPage</name>
    <message>
        <location filename="../views/wizards/launch/flavorpage.cpp" line="+10"/>
        <source>Flavor</source>
        <translation>云主机类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavors manage the sizing for the compute, memory and storage capacity of the instance. A greyed-out flavor is listed under the table with the reason.</source>
        <translation>云主机类型管理云主机的计算、内存和存储容量规格。灰色显示的云主机类型会在表格下方列出原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total Disk</source>
        <translation>磁盘总计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root Disk</source>
        <translation>根磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ephemeral Disk</source>
        <translation>临时磁盘</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The root disk is a volume: the flavor&apos;s Root Disk is not used for it.</source>
        <translation>根磁盘是一个卷：云主机类型的“根磁盘”不用于它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Greyed out:
%1</source>
        <translation>灰色显示：
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a flavor</source>
        <translation>选择一个云主机类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No flavor is available to the project</source>
        <translation>该项目没有可用的云主机类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No flavor fits: %1</source>
        <translation>没有合适的云主机类型：%1</translation>
    </message>
</context>
<context>
    <name>sd::FlavorService</name>
    <message>
        <location filename="../engine/compute/flavorservice.cpp" line="+22"/>
        <source>Flavor name</source>
        <translation>云主机类型名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flavor ID &apos;%1&apos;: use 1-255 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>云主机类型 ID &apos;%1&apos;：请使用 1-255 个字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs %1: must be 1 to 4096</source>
        <translation>vCPU %1：必须在 1 到 4096 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RAM %1 MB: must be %2 MB to 16 TiB</source>
        <translation>内存 %1 MB：必须在 %2 MB 到 16 TiB 之间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Root disk (GB)</source>
        <translation>根磁盘（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ephemeral disk (GB)</source>
        <translation>临时磁盘（GB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap (MB)</source>
        <translation>交换空间（MB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: must be 0 to 1048576</source>
        <translation>%1 %2：必须在 0 到 1048576 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flavor %1: project access is for private flavors; make it private</source>
        <translation>云主机类型 %1：项目访问权限只适用于私有云主机类型；请将其设为私有</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra spec key &apos;%1&apos;: use 1-255 letters, digits, spaces, &apos;_&apos;, &apos;:&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>额外规格键 &apos;%1&apos;：请使用 1-255 个字母、数字、空格、&apos;_&apos;、&apos;:&apos;、&apos;.&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra spec %1: value longer than 255 characters</source>
        <translation>额外规格 %1：值超过 255 个字符</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+10"/>
        <location line="+76"/>
        <source>Flavor &apos;%1&apos;: no such flavor</source>
        <translation>云主机类型 &apos;%1&apos;：不存在</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Flavor name &apos;%1&apos; is already used; choose another name</source>
        <translation>云主机类型名称 &apos;%1&apos; 已被使用；请换一个名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flavor ID &apos;%1&apos; is already used</source>
        <translation>云主机类型 ID &apos;%1&apos; 已被使用</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+130"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Flavor description</source>
        <translation>云主机类型描述</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Flavor %1 has no extra spec &apos;%2&apos;</source>
        <translation>云主机类型 %1 没有额外规格 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Flavor %1 is public: every project may use it already</source>
        <translation>云主机类型 %1 是公共的：所有项目都已可以使用</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Flavor %1: project &apos;%2&apos; has no access to remove</source>
        <translation>云主机类型 %1：项目 &apos;%2&apos; 没有可移除的访问权限</translation>
    </message>
</context>
<context>
    <name>sd::FlavorsPanel</name>
    <message>
        <location filename="../views/panels/flavorspanel.cpp" line="+16"/>
        <source>Admin › Compute</source>
        <translation>管理员 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flavors</source>
        <translation>云主机类型</translation>
    </message>
</context>
<context>
    <name>sd::FloatingIpActions</name>
    <message>
        <location filename="../views/panels/floatingipactions.cpp" line="+21"/>
        <source>Allocate IP To Project…</source>
        <translation>分配IP给项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disassociate…</source>
        <translation>取消关联…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+1"/>
        <source>Release Floating IPs…</source>
        <translation>释放浮动IP…</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Take a free address from an external network for this project</source>
        <translation>从外部网络为此项目获取一个空闲地址</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is associated with %2 already: disassociate it first</source>
        <translation>%1 已与 %2 关联：请先取消关联</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Associate %1 with a port</source>
        <translation>将 %1 关联到端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one floating IP to associate it with a port</source>
        <translation>请选择一个浮动IP以将其关联到端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach %1 from %2; the address stays allocated to the project</source>
        <translation>将 %1 与 %2 分离；该地址仍分配给项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an associated floating IP</source>
        <translation>请选择一个已关联的浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Floating IP…</source>
        <translation>释放浮动IP…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the floating IPs to give back to their pool</source>
        <translation>选择要归还到资源池的浮动IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give %1 back to the pool</source>
        <translation>将 %1 归还到资源池</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Give the %n selected addresses back to the pool</source>
        <translation>
            <numerusform>将所选的 %n 个地址归还到资源池</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Disassociate Floating IP</source>
        <translation>取消浮动IP关联</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disassociate %1 from %2?</source>
        <translation>取消 %1 与 %2 的关联？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections through the floating IP stop at once. The address stays allocated to the project and can be associated again.</source>
        <translation>通过该浮动IP的连接将立即中断。该地址仍分配给项目，可以再次关联。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disassociate</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+13"/>
        <source>Release Floating IP</source>
        <translation>释放浮动IP</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Release Floating IPs</source>
        <translation>释放浮动IP</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Release floating IP %1?</source>
        <translation>释放浮动IP %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release %1 floating IPs: %2?</source>
        <translation>释放 %1 个浮动IP：%2？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Associated addresses lose their association at once. The addresses go back to their pool, where any project may get them.</source>
        <translation>已关联的地址会立即失去关联。这些地址将归还到资源池，任何项目都可以获取它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The addresses go back to their pool, where any project may get them.</source>
        <translation>这些地址将归还到资源池，任何项目都可以获取它们。</translation>
    </message>
</context>
<context>
    <name>sd::FloatingIpModel</name>
    <message>
        <location filename="../views/models/floatingipmodel.cpp" line="+111"/>
        <source>Modelled only: the port is not bound to a host yet, so no host carries NAT rules for %1. They are made when an instance on the port starts.</source>
        <translation>仅存在于模型中：该端口尚未绑定到主机，因此没有主机承载 %1 的 NAT 规则。当该端口上的云主机启动时，才会创建这些规则。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modelled only: %1. The association holds in StackDesk&apos;s model, but no packet reaches %2.</source>
        <translation>仅存在于模型中：%1。该关联只存在于 StackDesk 的模型中，没有数据包能到达 %2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>instance %1</source>
        <translation>云主机 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (modelled only)</source>
        <translation>%1（仅模型）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not associated with a port</source>
        <translation>未关联到端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Associated</source>
        <translation>已关联</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped Fixed IP Address</source>
        <translation>映射的固定 IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool</source>
        <translation>资源池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sd::FloatingIpPortCombo</name>
    <message>
        <location filename="../views/dialogs/floatingipportcombo.cpp" line="+71"/>
        <source>%1 (has floating IP %2)</source>
        <translation>%1（已有浮动IP %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (no router connects it to %2)</source>
        <translation>%1（没有路由将其连接到 %2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No port of this project has an IPv4 address</source>
        <translation>此项目没有带 IPv4 地址的端口</translation>
    </message>
</context>
<context>
    <name>sd::FloatingIpService</name>
    <message>
        <location filename="../engine/network/floatingipservice.cpp" line="+29"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %1 belongs to another project than floating IP %2</source>
        <translation>端口 %1 与浮动IP %2 属于不同的项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port %1 is a %2 port; floating IPs go to instance or user ports</source>
        <translation>端口 %1 是 %2 端口；浮动IP只能关联到云主机端口或用户端口</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Port %1 has no IPv4 address for a floating IP</source>
        <translation>端口 %1 没有可用于浮动IP的 IPv4 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1 has no fixed IP %2</source>
        <translation>端口 %1 没有固定 IP %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>External network %1 cannot reach subnet %2: add an interface on it to a router whose gateway is on %1</source>
        <translation>外部网络 %1 无法到达子网 %2：请在网关位于 %1 上的路由中为该子网添加接口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fixed IP %1 of port %2 has floating IP %3 already</source>
        <translation>端口 %2 的固定 IP %1 已有浮动IP %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Floating IP</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Floating IP %1: not found</source>
        <translation>浮动IP %1：未找到</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description: at most 255 characters</source>
        <translation>描述：最多 255 个字符</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network %1 is not external; floating IPs come from external networks</source>
        <translation>网络 %1 不是外部网络；浮动IP来自外部网络</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network %1 has no subnet with free addresses</source>
        <translation>网络 %1 没有带空闲地址的子网</translation>
    </message>
</context>
<context>
    <name>sd::FloatingIpsPanel</name>
    <message>
        <location filename="../views/panels/floatingipspanel.cpp" line="+17"/>
        <source>Admin › Network</source>
        <translation>管理员 › 网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Network</source>
        <translation>项目 › 网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating IPs</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ⓘ 1 associated floating IP exists in StackDesk&apos;s model only: its port is not on a host where StackDesk writes NAT rules (a simulated or remote host, a host without nft, or no host yet). Hover over its status for details.</source>
        <translation>ⓘ 有 1 个已关联的浮动IP仅存在于 StackDesk 的模型中：其端口不在 StackDesk 写入 NAT 规则的主机上（模拟主机或远程主机、没有 nft 的主机，或尚无主机）。将鼠标悬停在其状态上可查看详情。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>ⓘ %n associated floating IPs exist in StackDesk&apos;s model only: their ports are not on hosts where StackDesk writes NAT rules (simulated or remote hosts, hosts without nft, or no host yet). Hover over a status for details.</source>
        <translation>
            <numerusform>ⓘ 有 %n 个已关联的浮动IP仅存在于 StackDesk 的模型中：它们的端口不在 StackDesk 写入 NAT 规则的主机上（模拟主机或远程主机、没有 nft 的主机，或尚无主机）。将鼠标悬停在状态上可查看详情。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ForcedHostFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="-49"/>
        <source>%1 is not the requested host</source>
        <translation>%1 不是所请求的主机</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="-45"/>
        <source>Requested host</source>
        <translation>请求的主机</translation>
    </message>
</context>
<context>
    <name>sd::FormDialog</name>
    <message>
        <location filename="../views/dialogs/formdialog.cpp" line="+35"/>
        <source>Form problem</source>
        <translation>表单问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>sd::GraphicsListen</name>
    <message>
        <location filename="../engine/console/graphicslisten.cpp" line="+64"/>
        <source>Instance %1 has no graphics device %2</source>
        <translation>云主机 %1 没有图形设备 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>graphics of %1 listen on %2, not the host&apos;s loopback</source>
        <translation>%1 的图形设备监听在 %2，而不是主机的回环地址</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>a UNIX socket</source>
        <translation>一个 UNIX 套接字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>graphics of %1 listen on nothing (listen type none), not the host&apos;s loopback</source>
        <translation>%1 的图形设备没有监听任何地址（监听类型 none），而不是主机的回环地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an address the domain does not say</source>
        <translation>虚拟机未说明的地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>graphics of %1 have no TCP port on the host (port %2)</source>
        <translation>%1 的图形设备在主机上没有 TCP 端口（端口 %2）</translation>
    </message>
</context>
<context>
    <name>sd::GraphicsSession</name>
    <message>
        <location filename="../engine/console/graphicssession.cpp" line="+42"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>sd::GroupActions</name>
    <message>
        <location filename="../views/panels/groupactions.cpp" line="+19"/>
        <source>Create Group…</source>
        <translation>创建用户组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Group…</source>
        <translation>编辑用户组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage Members…</source>
        <translation>管理成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Group…</source>
        <translation>删除用户组…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a group of users that can be given roles on projects together</source>
        <translation>创建用户组，以便统一为其用户授予项目上的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name or description of the group</source>
        <translation>修改用户组的名称或描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add users to the group or remove them</source>
        <translation>向用户组添加用户或从中移除用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected groups; their members lose the groups&apos; roles</source>
        <translation>删除所选用户组；其成员将失去通过这些用户组获得的角色</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+8"/>
        <source>Delete Group</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Delete Groups</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete group %1?</source>
        <translation>删除用户组 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 groups: %2?</source>
        <translation>删除 %1 个用户组：%2？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The users stay; they lose the roles they held through the group. This action cannot be undone.</source>
        <translation>用户将保留，但会失去通过用户组获得的角色。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::GroupDialog</name>
    <message>
        <location filename="../views/dialogs/groupdialog.cpp" line="+13"/>
        <source>Edit Group %1</source>
        <translation>编辑用户组 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Create Group</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A role given to a group on a project is held by each of its members.</source>
        <translation>在项目上授予用户组的角色，由其每个成员拥有。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a group name.</source>
        <translation>请输入用户组名称。</translation>
    </message>
</context>
<context>
    <name>sd::GroupMembersDialog</name>
    <message>
        <location filename="../views/dialogs/groupmembersdialog.cpp" line="+19"/>
        <source>Add ›</source>
        <translation>添加 ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Remove</source>
        <translation>‹ 移除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes apply at once. Members hold every role the group has on a project.</source>
        <translation>更改立即生效。成员拥有该用户组在项目上的所有角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All Users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group Members</source>
        <translation>用户组成员</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Manage Members of %1</source>
        <translation>管理 %1 的成员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (disabled)</source>
        <translation>%1（已禁用）</translation>
    </message>
</context>
<context>
    <name>sd::GroupModel</name>
    <message>
        <location filename="../views/models/groupmodel.cpp" line="+75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group ID</source>
        <translation>用户组 ID</translation>
    </message>
</context>
<context>
    <name>sd::GroupService</name>
    <message>
        <location filename="../engine/identity/groupservice.cpp" line="+61"/>
        <location line="+42"/>
        <location line="+30"/>
        <location line="+26"/>
        <source>Group &apos;%1&apos;: no such group</source>
        <translation>用户组 &apos;%1&apos;：不存在该用户组</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+33"/>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+33"/>
        <source>Group description</source>
        <translation>用户组描述</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+33"/>
        <source>Group name &apos;%1&apos; is already used; choose another name</source>
        <translation>用户组名称 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete group %1</source>
        <translation>删除用户组 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>User &apos;%1&apos;: no such user</source>
        <translation>用户 &apos;%1&apos;：不存在该用户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User %1 is not a member of group %2</source>
        <translation>用户 %1 不是用户组 %2 的成员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove user %1 from group %2</source>
        <translation>从用户组 %2 中移除用户 %1</translation>
    </message>
</context>
<context>
    <name>sd::GroupsPanel</name>
    <message>
        <location filename="../views/panels/groupspanel.cpp" line="+14"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
</context>
<context>
    <name>sd::HeaderBar</name>
    <message>
        <location filename="../views/widgets/headerbar.cpp" line="+22"/>
        <source>StackDesk</source>
        <translation>StackDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About StackDesk</source>
        <translation>关于 StackDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Switch the project you work in</source>
        <translation>切换当前工作的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are a member of one project only: there is nothing to switch to</source>
        <translation>您只是一个项目的成员：没有可切换的项目</translation>
    </message>
</context>
<context>
    <name>sd::HostActions</name>
    <message>
        <location filename="../views/panels/hostactions.cpp" line="+20"/>
        <source>Add Host…</source>
        <translation>添加主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Host…</source>
        <translation>编辑主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Service</source>
        <translation>启用服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Service…</source>
        <translation>禁用服务…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Host…</source>
        <translation>移除主机…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect a libvirt host and add it to the cloud</source>
        <translation>连接一台 libvirt 主机并将其添加到云中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, zone, allocation ratios or reserved resources of the host</source>
        <translation>修改主机的名称、可用域、超分比或预留资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the scheduler place new instances on the selected hosts</source>
        <translation>允许调度器将新的云主机放置到所选主机上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the scheduler from placing new instances on the selected hosts</source>
        <translation>阻止调度器将新的云主机放置到所选主机上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the selected hosts; their domains are left alone</source>
        <translation>移除所选主机的记录；其上的虚拟机保持不变</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+9"/>
        <source>Remove Host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Remove host %1?</source>
        <translation>移除主机 %1？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n hosts: %1?</source>
        <translation>
            <numerusform>移除 %n 台主机：%1？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>StackDesk closes the connection and forgets the host; the domains on it are not touched. A host that still runs StackDesk instances is refused.</source>
        <translation>StackDesk 将关闭连接并移除该主机的记录；主机上的虚拟机不会受到影响。仍在运行 StackDesk 云主机的主机将被拒绝移除。</translation>
    </message>
</context>
<context>
    <name>sd::HostCall</name>
    <message>
        <location filename="../engine/compute/instance/hostcall.h" line="+86"/>
        <source>Host %1 went down</source>
        <translation>主机 %1 已离线</translation>
    </message>
</context>
<context>
    <name>sd::HostConnection</name>
    <message>
        <location filename="../engine/hosts/hostconnection.cpp" line="+61"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+30"/>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lost the connection to %1: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
</context>
<context>
    <name>sd::HostDetailsPane</name>
    <message>
        <location filename="../views/panels/hostdetailspane.cpp" line="+25"/>
        <source>Device hotplug</source>
        <translation>设备热插拔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network filters (security groups)</source>
        <translation>网络过滤器（安全组）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VNC console</source>
        <translation>VNC 控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPICE console</source>
        <translation>SPICE 控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console fd passing</source>
        <translation>控制台文件描述符（fd）传递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial console</source>
        <translation>串口控制台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Floating IP NAT (nftables)</source>
        <translation>浮动IP NAT（nftables）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a host to see its details.</source>
        <translation>选择一台主机以查看其详情。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt version</source>
        <translation>libvirt 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation ratios</source>
        <translation>超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign domains</source>
        <translation>外部虚拟机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domains on the host that StackDesk did not make: listed, never touched</source>
        <translation>主机上并非由 StackDesk 创建的虚拟机：仅列出，不做任何改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>功能</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Simulated host: actions the test driver lacks are simulated by StackDesk</source>
        <translation>模拟主机：test 驱动不支持的操作由 StackDesk 模拟</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CPU %1 · RAM %2 · Disk %3</source>
        <translation>CPU %1 · 内存 %2 · 磁盘 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 RAM · %2 disk</source>
        <translation>内存 %1 · 磁盘 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 (running)</source>
        <translation>%1（运行中）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not supported: %1</source>
        <translation>不支持：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not supported</source>
        <translation>不支持</translation>
    </message>
</context>
<context>
    <name>sd::HostForm</name>
    <message>
        <location filename="../views/dialogs/hostform.cpp" line="+32"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>e.g. compute-4</source>
        <translation>例如 compute-4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qemu:///system, qemu+ssh://user@host/system or test:///default</source>
        <translation>qemu:///system、qemu+ssh://user@host/system 或 test:///default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The libvirt connection URI of the host:
  qemu:///system — this machine
  qemu+ssh://user@host/system — another machine over SSH
  qemu+tls://host/system — another machine over TLS
  test:///default — a simulated host inside StackDesk</source>
        <translation>主机的 libvirt 连接 URI：
  qemu:///system — 本机
  qemu+ssh://user@host/system — 通过 SSH 连接的其他机器
  qemu+tls://host/system — 通过 TLS 连接的其他机器
  test:///default — StackDesk 内部的模拟主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Virtual CPUs scheduled per physical CPU (Nova&apos;s default: 16)</source>
        <translation>每个物理 CPU 可调度的虚拟 CPU 数（Nova 默认值：16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual RAM scheduled per unit of physical RAM (Nova&apos;s default: 1.5)</source>
        <translation>每单位物理内存可调度的虚拟内存（Nova 默认值：1.5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual disk scheduled per unit of local storage (Nova&apos;s default: 1.0)</source>
        <translation>每单位本地存储可调度的虚拟磁盘（Nova 默认值：1.0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM kept for the host itself; never given to instances</source>
        <translation>为主机自身保留的内存；不会分配给云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local storage kept for the host itself; never given to instances</source>
        <translation>为主机自身保留的本地存储；不会分配给云主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI *</source>
        <translation>URI *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone *</source>
        <translation>可用域 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU allocation ratio</source>
        <translation>CPU 超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM allocation ratio</source>
        <translation>内存超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk allocation ratio</source>
        <translation>磁盘超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved host memory</source>
        <translation>主机预留内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved host disk</source>
        <translation>主机预留磁盘</translation>
    </message>
</context>
<context>
    <name>sd::HostManager</name>
    <message>
        <location filename="../engine/hosts/hostmanager.cpp" line="+45"/>
        <source>Host name: empty; give the host a name, e.g. compute-1</source>
        <translation>主机名：为空；请为主机命名，例如 compute-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name &apos;%1&apos;: longer than 64 characters</source>
        <translation>主机名 &apos;%1&apos;：超过 64 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit</source>
        <translation>主机名 &apos;%1&apos;：只能使用字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;，且必须以字母或数字开头</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Availability zone: empty; the default zone is &apos;nova&apos;</source>
        <translation>可用域：为空；默认可用域为 &apos;nova&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability zone &apos;%1&apos;: longer than 255 characters</source>
        <translation>可用域 &apos;%1&apos;：超过 255 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability zone &apos;%1&apos;: use letters, digits, spaces, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>可用域 &apos;%1&apos;：只能使用字母、数字、空格、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: must be greater than 0 and at most 1000</source>
        <translation>%1 %2：必须大于 0 且不超过 1000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: must be 0 or more</source>
        <translation>%1 %2：必须大于或等于 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host &apos;%1&apos;: no such host; `host list` shows them</source>
        <translation>主机 &apos;%1&apos;：不存在该主机；可用 `host list` 查看所有主机</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Some stored objects could not be re-created on this simulated host: %1</source>
        <translation>部分已保存的对象无法在此模拟主机上重新创建：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Host %1 is down: %2</source>
        <translation>主机 %1 已离线：%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+181"/>
        <source>CPU allocation ratio</source>
        <translation>CPU 超分比</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>RAM allocation ratio</source>
        <translation>内存超分比</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+181"/>
        <source>Disk allocation ratio</source>
        <translation>磁盘超分比</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+189"/>
        <source>Reserved host memory (MB)</source>
        <translation>主机预留内存（MB）</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+193"/>
        <source>Reserved host disk (MB)</source>
        <translation>主机预留磁盘（MB）</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>URI &apos;%1&apos;: node XML file %2 does not exist</source>
        <translation>URI &apos;%1&apos;：节点 XML 文件 %2 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name &apos;%1&apos; is already used (URI %2); choose another name</source>
        <translation>主机名 &apos;%1&apos; 已被使用（URI %2）；请选择其他名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URI &apos;%1&apos; is already added as host &apos;%2&apos;</source>
        <translation>URI &apos;%1&apos; 已作为主机 &apos;%2&apos; 添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add host %1</source>
        <translation>添加主机 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to %1; check the URI, that libvirtd runs there and that you may log in</source>
        <translation>无法连接到 %1；请检查 URI、该主机上的 libvirtd 是否正在运行，以及您是否有权登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading capacity and capabilities</source>
        <translation>正在读取容量和功能</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host &apos;%1&apos; or URI &apos;%2&apos; was added meanwhile</source>
        <translation>主机 &apos;%1&apos; 或 URI &apos;%2&apos; 已在此期间被添加</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove host %1</source>
        <translation>移除主机 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking for StackDesk domains on %1</source>
        <translation>正在查找 %1 上由 StackDesk 创建的虚拟机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host %1 is down, so StackDesk cannot check it for its own domains; bring it up first, or remove it with --force</source>
        <translation>主机 %1 处于离线状态，StackDesk 无法检查其上是否有 StackDesk 创建的虚拟机；请先使其上线，或使用 --force 移除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host %1 still has StackDesk domains: %2; delete or migrate them first</source>
        <translation>主机 %1 上仍有 StackDesk 创建的虚拟机：%2；请先删除或迁移它们</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Disable reason: longer than 255 characters</source>
        <translation>禁用原因：超过 255 个字符</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Host name &apos;%1&apos; is already used; choose another name</source>
        <translation>主机名 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
</context>
<context>
    <name>sd::HostModel</name>
    <message>
        <location filename="../views/models/hostmodel.cpp" line="+88"/>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enabled: new instances may be scheduled here</source>
        <translation>已启用：新的云主机可以调度到此主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: %1</source>
        <translation>已禁用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt&apos;s test driver, running inside StackDesk</source>
        <translation>运行在 StackDesk 内部的 libvirt test 驱动</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>used / total</source>
        <translation>已用 / 总计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local Storage</source>
        <translation>本地存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hypervisor</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt Version</source>
        <translation>libvirt 版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host Name (reported)</source>
        <translation>主机名（上报）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU Model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State Since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>sd::HostPlanner</name>
    <message>
        <location filename="../engine/network/realize/hostplanner.cpp" line="+95"/>
        <source>simulated host: security groups are modelled, not enforced</source>
        <translation>模拟主机：安全组仅为模型，不会实际生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host %1 has no libvirt nwfilter driver: security groups are modelled, not enforced</source>
        <translation>主机 %1 没有 libvirt nwfilter 驱动：安全组仅为模型，不会实际生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>security groups are enforced by libvirt network filters on host %1</source>
        <translation>安全组由主机 %1 上的 libvirt 网络过滤器实施</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its NAT support is checked when it connects</source>
        <translation>其 NAT 支持将在连接时检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulated host %1: %2</source>
        <translation>模拟主机 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote host %1: %2</source>
        <translation>远程主机 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1: %2</source>
        <translation>主机 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>floating IPs are NATed by nftables on host %1 (table ip stackdesk)</source>
        <translation>浮动IP由主机 %1 上的 nftables 进行 NAT（table ip stackdesk）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modelled only: %1</source>
        <translation>仅存在于模型中：%1</translation>
    </message>
</context>
<context>
    <name>sd::HostUri</name>
    <message>
        <location filename="../engine/hosts/hosturi.cpp" line="+31"/>
        <source>expected e.g. qemu:///system, qemu+ssh://user@host/system or test:///default</source>
        <translation>应为 qemu:///system、qemu+ssh://user@host/system 或 test:///default 等形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI: empty; %1</source>
        <translation>URI：为空；%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URI &apos;%1&apos;: not a libvirt URI; %2</source>
        <translation>URI &apos;%1&apos;：不是 libvirt URI；%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>URI &apos;%1&apos;: unknown transport &apos;%2&apos;; use ssh, tls, tcp or unix</source>
        <translation>URI &apos;%1&apos;：未知的传输方式 &apos;%2&apos;；请使用 ssh、tls、tcp 或 unix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: simulated hosts run in this process; write test:///default or test:///path/to/node.xml</source>
        <translation>URI &apos;%1&apos;：模拟主机在本进程内运行；请写作 test:///default 或 test:///path/to/node.xml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: name a node XML file or /default, e.g. test:///default</source>
        <translation>URI &apos;%1&apos;：请指定节点 XML 文件或 /default，例如 test:///default</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URI &apos;%1&apos;: driver &apos;%2&apos; is not supported; StackDesk manages QEMU/KVM hosts (qemu://) and simulated hosts (test://)</source>
        <translation>URI &apos;%1&apos;：不支持驱动 &apos;%2&apos;；StackDesk 管理 QEMU/KVM 主机（qemu://）和模拟主机（test://）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI &apos;%1&apos;: path must be /system or /session, not &apos;%2&apos;</source>
        <translation>URI &apos;%1&apos;：路径必须为 /system 或 /session，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URI &apos;%1&apos;: transport %2 needs a host name, e.g. %3://user@host/system</source>
        <translation>URI &apos;%1&apos;：传输方式 %2 需要主机名，例如 %3://user@host/system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URI &apos;%1&apos;: a host name needs a transport, e.g. qemu+ssh://%2/system</source>
        <translation>URI &apos;%1&apos;：指定主机名时还需指定传输方式，例如 qemu+ssh://%2/system</translation>
    </message>
</context>
<context>
    <name>sd::HypervisorSummary</name>
    <message>
        <location filename="../views/panels/hypervisorsummary.cpp" line="+14"/>
        <source>vCPU Usage</source>
        <translation>vCPU 使用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory Usage</source>
        <translation>内存使用量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local Disk Usage</source>
        <translation>本地磁盘使用量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hypervisor Summary</source>
        <translation>虚拟机管理器概况</translation>
    </message>
</context>
<context>
    <name>sd::HypervisorsPanel</name>
    <message>
        <location filename="../views/panels/hypervisorspanel.cpp" line="+23"/>
        <source>Admin › Compute</source>
        <translation>管理员 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hypervisors</source>
        <translation>虚拟机管理器</translation>
    </message>
</context>
<context>
    <name>sd::IdentityStore</name>
    <message>
        <location filename="../engine/identity/identitystore.cpp" line="+36"/>
        <source>Password of %1: at least 8 characters</source>
        <translation>%1 的密码：至少需要 8 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot hash the password (libsodium failed)</source>
        <translation>无法对密码进行哈希（libsodium 出错）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created at bootstrap for user %1</source>
        <translation>初始化时为用户 %1 创建</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Login as %1 in project %2 failed: no such user or project</source>
        <translation>以 %1 身份登录项目 %2 失败：用户或项目不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1 is disabled</source>
        <translation>用户 %1 已被禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project %1 is disabled</source>
        <translation>项目 %1 已被禁用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User %1 has no role in project %2</source>
        <translation>用户 %1 在项目 %2 中没有任何角色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login as %1 failed: wrong user name or password</source>
        <translation>以 %1 身份登录失败：用户名或密码错误</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch to project %1: you are not logged in</source>
        <translation>切换到项目 %1：您尚未登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch project: no project name given</source>
        <translation>切换项目：未指定项目名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This data dir has no administrator yet</source>
        <translation>此数据目录中还没有管理员</translation>
    </message>
</context>
<context>
    <name>sd::IgnoreHostsFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="+8"/>
        <source>%1 is the instance&apos;s current host</source>
        <translation>%1 是该云主机的当前主机</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="+9"/>
        <source>Current host</source>
        <translation>当前主机</translation>
    </message>
</context>
<context>
    <name>sd::ImageActions</name>
    <message>
        <location filename="../views/panels/imageactions.cpp" line="+35"/>
        <source>Create Image…</source>
        <translation>创建镜像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Image…</source>
        <translation>编辑镜像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update Metadata…</source>
        <translation>更新元数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage Members…</source>
        <translation>管理成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Delete Images…</source>
        <translation>删除镜像…</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Launch…</source>
        <translation>启动…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Upload a disk image from a file or a URL</source>
        <translation>从文件或 URL 上传磁盘镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata…</source>
        <translation>元数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members…</source>
        <translation>成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Image %1 belongs to project %2; only its members or an administrator may change it</source>
        <translation>镜像 %1 属于项目 %2；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image %1 is still uploading; wait for its task to finish</source>
        <translation>镜像 %1 仍在上传中；请等待其任务完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 is still uploading; cancel its task in the Tasks dock instead</source>
        <translation>镜像 %1 仍在上传中；请改为在“任务”面板中取消其任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image %1 is protected; clear Protected with Edit Image first</source>
        <translation>镜像 %1 受保护；请先通过“编辑镜像”清除“受保护”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Launch an instance from this image</source>
        <translation>从此镜像启动云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image %1 is not active: only active images can boot</source>
        <translation>镜像 %1 未处于活动状态：只有活动的镜像才能启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image %1 is %2: instances boot from qcow2 or raw images</source>
        <translation>镜像 %1 的格式为 %2：云主机只能从 qcow2 或 raw 镜像启动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the name, requirements or sharing of the image</source>
        <translation>修改镜像的名称、需求或共享设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, change or remove the image&apos;s custom properties</source>
        <translation>添加、修改或移除镜像的自定义属性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image %1 is %2; only a shared image has member projects (Edit Image sets Shared)</source>
        <translation>镜像 %1 是%2的；只有共享镜像才有成员项目（通过“编辑镜像”设为共享）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the projects this shared image is shared with</source>
        <translation>选择此共享镜像要共享给的项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image %1 is not active</source>
        <translation>镜像 %1 未处于运行中状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep everyone but administrators from launching or downloading the selected images</source>
        <translation>禁止除管理员以外的所有人使用所选镜像创建云主机或下载所选镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image %1 is not deactivated</source>
        <translation>镜像 %1 未被停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected deactivated images usable again</source>
        <translation>使所选已停用的镜像重新可用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Image…</source>
        <translation>删除镜像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected images and their data</source>
        <translation>删除所选镜像及其数据</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Update Metadata of Image %1</source>
        <translation>更新镜像 %1 的元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom properties describe the image to the scheduler and to guests (os_distro, hw_disk_bus, hw_qemu_guest_agent…). The image&apos;s own fields are changed with Edit Image.</source>
        <translation>自定义属性向调度器和客户机描述镜像（os_distro、hw_disk_bus、hw_qemu_guest_agent…）。镜像自身的字段通过“编辑镜像”修改。</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+12"/>
        <source>Delete Image</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Delete Images</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete image %1?</source>
        <translation>删除镜像 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 images: %2?</source>
        <translation>删除 %1 个镜像：%2？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their data is removed from the image store. This cannot be undone.</source>
        <translation>它们的数据将从镜像存储中移除。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not deleted (protected, uploading or not yours): %1.</source>
        <translation>未删除（受保护、正在上传或不属于您）：%1。</translation>
    </message>
</context>
<context>
    <name>sd::ImageCache</name>
    <message>
        <location filename="../engine/image/imagecache.cpp" line="+93"/>
        <source>Host %1 is %2; the image cannot be copied there now</source>
        <translation>主机 %1 处于%2状态；目前无法将镜像复制到该主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cache image %1 on %2</source>
        <translation>在 %2 上缓存镜像 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host %1 went down</source>
        <translation>主机 %1 已离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying to %1</source>
        <translation>正在复制到 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying to %1: %2 of %3 MiB</source>
        <translation>正在复制到 %1：%2 / %3 MiB</translation>
    </message>
</context>
<context>
    <name>sd::ImageChoiceCombo</name>
    <message>
        <location filename="../views/dialogs/instance/imagechoicecombo.cpp" line="+20"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
</context>
<context>
    <name>sd::ImageDetailsDialog</name>
    <message>
        <location filename="../views/dialogs/imagedetailsdialog.cpp" line="+22"/>
        <source>Image Details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This image has been deleted.</source>
        <translation>此镜像已被删除。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Image Details: %1</source>
        <translation>镜像详情：%1</translation>
    </message>
</context>
<context>
    <name>sd::ImageDetailsView</name>
    <message>
        <location filename="../views/panels/imagedetailsview.cpp" line="+31"/>
        <location line="+80"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>受保护的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member projects</source>
        <translation>成员项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Size</source>
        <translation>虚拟大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container Format</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum (SHA-256)</source>
        <translation>校验和（SHA-256）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min. Disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min. RAM</source>
        <translation>最低内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom Properties</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>known when the upload is complete</source>
        <translation>上传完成后可知</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not shared</source>
        <translation>未共享</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>no minimum</source>
        <translation>无最小值</translation>
    </message>
</context>
<context>
    <name>sd::ImageDownloader</name>
    <message>
        <location filename="../engine/image/imagedownloader.cpp" line="+15"/>
        <source>Image URL &apos;%1&apos;: not a valid URL</source>
        <translation>镜像 URL &apos;%1&apos;：不是有效的 URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image URL &apos;%1&apos;: only http:// and https:// URLs can be downloaded</source>
        <translation>镜像 URL &apos;%1&apos;：只能下载 http:// 和 https:// URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Download of %1: cancelled</source>
        <translation>下载 %1：已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download of %1: cannot write: %2</source>
        <translation>下载 %1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download of %1: the server answered HTTP %2</source>
        <translation>下载 %1：服务器返回 HTTP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download of %1 failed: %2</source>
        <translation>下载 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>sd::ImageInspector</name>
    <message>
        <location filename="../engine/image/imageinspector.cpp" line="+59"/>
        <source>qemu-img could not be started (install the qemu-utils package)</source>
        <translation>无法启动 qemu-img（请安装 qemu-utils 软件包）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>qemu-img took longer than %1 s</source>
        <translation>qemu-img 运行时间超过 %1 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qemu-img stopped (it went over its CPU or memory limit)</source>
        <translation>qemu-img 已停止（超出了 CPU 或内存限制）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: declared %2, but the content has no %2 header (it is raw data, perhaps not a disk image at all)</source>
        <translation>%1：声明为 %2，但内容中没有 %2 文件头（它是原始数据，可能根本不是磁盘镜像）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: declared %2, but the content is %3; choose disk format %3</source>
        <translation>%1：声明为 %2，但内容是 %3；请选择磁盘格式 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a VMDK descriptor that points at other files; upload a monolithicSparse or streamOptimized VMDK instead</source>
        <translation>%1：这是引用其他文件的 VMDK 描述文件；请改为上传 monolithicSparse 或 streamOptimized 格式的 VMDK</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>%1: cannot be checked: %2</source>
        <translation>%1：无法检查：%2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1: not a readable %2 image</source>
        <translation>%1：不是可读取的 %2 镜像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: qemu-img gave no answer it could read</source>
        <translation>%1：qemu-img 未给出可解析的结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the image refers to another file (%2); images that point at other files are refused, because they could expose the host&apos;s files</source>
        <translation>%1：该镜像引用了另一个文件（%2）；引用其他文件的镜像会被拒绝，因为它们可能暴露主机上的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the %2 image is marked corrupt</source>
        <translation>%1：该 %2 镜像被标记为已损坏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: VMDK subformat %2 is not accepted; use monolithicSparse or streamOptimized</source>
        <translation>%1：不接受 VMDK 子格式 %2；请使用 monolithicSparse 或 streamOptimized</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the %2 image is damaged or incomplete (%3 bad clusters); was the file cut short?</source>
        <translation>%1：该 %2 镜像已损坏或不完整（%3 个坏簇）；文件是否被截断？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the %2 image is damaged or incomplete</source>
        <translation>%1：该 %2 镜像已损坏或不完整</translation>
    </message>
</context>
<context>
    <name>sd::ImageMembersDialog</name>
    <message>
        <location filename="../views/dialogs/imagemembersdialog.cpp" line="+18"/>
        <source>Manage Members of Image %1</source>
        <translation>管理镜像 %1 的成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member projects can see and launch this shared image; its owner, project %1, always can.</source>
        <translation>成员项目可以查看此共享镜像并用它创建云主机；其所有者项目 %1 始终可以。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID of another project</source>
        <translation>其他项目的 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the project with this ID to the members</source>
        <translation>将具有此 ID 的项目添加为成员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other project</source>
        <translation>其他项目</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checked when you save</source>
        <translation>保存时检查</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image %1 is not shared; set its visibility to Shared with Edit Image first.</source>
        <translation>镜像 %1 未共享；请先通过“编辑镜像”将其可见性设为“共享的”。</translation>
    </message>
</context>
<context>
    <name>sd::ImageModel</name>
    <message>
        <location filename="../views/models/imagemodel.cpp" line="+132"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Killed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not known yet</source>
        <translation>暂未知</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving (%1%)</source>
        <translation>保存中（%1%）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only administrators can use or download a deactivated image</source>
        <translation>只有管理员可以使用或下载已停用的镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be deleted until Edit Image clears Protected</source>
        <translation>在通过“编辑镜像”清除“受保护”之前无法删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>受保护的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk Format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>sd::ImagePropertiesFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="+52"/>
        <source>%1 is %2, the image needs %3</source>
        <translation>%1 为 %2，而镜像需要 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 runs %2, the image needs %3</source>
        <translation>%1 运行 %2，而镜像需要 %3</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="+45"/>
        <source>Image properties</source>
        <translation>镜像属性</translation>
    </message>
</context>
<context>
    <name>sd::ImageService</name>
    <message>
        <location filename="../engine/image/imageservice.cpp" line="+35"/>
        <source>Property &apos;%1&apos;: keys are 1-255 letters, digits, &apos;_&apos;, &apos;:&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>属性 &apos;%1&apos;：键名为 1-255 个字母、数字、&apos;_&apos;、&apos;:&apos;、&apos;.&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Property &apos;%1&apos;: this is one of the image&apos;s own fields; set it with its own option</source>
        <translation>属性 &apos;%1&apos;：这是镜像自身的字段之一；请使用其对应的选项设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property %1: value longer than 65535 characters</source>
        <translation>属性 %1：值超过 65535 个字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag &apos;%1&apos;: tags are 1-255 characters</source>
        <translation>标签 &apos;%1&apos;：标签长度为 1-255 个字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum disk %1 GB: must be 0 to 1048576</source>
        <translation>最小磁盘 %1 GB：必须在 0 到 1048576 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum RAM %1 MB: must be 0 to 16777216</source>
        <translation>最低内存 %1 MB：必须在 0 到 16777216 之间</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+147"/>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Disk format &apos;%1&apos;: use one of %2</source>
        <translation>磁盘格式 &apos;%1&apos;：请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+160"/>
        <source>Container format &apos;%1&apos;: use one of %2</source>
        <translation>容器格式 &apos;%1&apos;：请使用 %2 之一</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Image %1: give exactly one source, a file or a URL</source>
        <translation>镜像 %1：请只指定一个源，文件或 URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a readable file</source>
        <translation>%1：不是可读取的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Image name &apos;%1&apos; is used by %2 images; give the image&apos;s ID</source>
        <translation>镜像名称 &apos;%1&apos; 被 %2 个镜像使用；请指定镜像的 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image &apos;%1&apos;: no such image</source>
        <translation>镜像 &apos;%1&apos;：不存在该镜像</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Image %1 belongs to project %2; only its members or an admin may change it</source>
        <translation>镜像 %1 属于项目 %2；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image %1: no such image</source>
        <translation>镜像 %1：不存在该镜像</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image %1 is %2; only active images can be used</source>
        <translation>镜像 %1 处于%2状态；只能使用运行中的镜像</translation>
    </message>
    <message>
        <location filename="../engine/image/imageuploads.cpp" line="+66"/>
        <location filename="../engine/image/imageservice.cpp" line="+27"/>
        <source>Image %1: only an admin may make an image public</source>
        <translation>镜像 %1：只有管理员可以将镜像设为公有</translation>
    </message>
    <message>
        <location filename="../engine/image/imageservice.cpp" line="+19"/>
        <source>Image %1 has no property &apos;%2&apos;</source>
        <translation>镜像 %1 没有属性 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image %1 has no tag &apos;%2&apos;</source>
        <translation>镜像 %1 没有标签 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Image %1 is protected; unprotect it first (Edit Image, or image set --unprotected)</source>
        <translation>镜像 %1 受保护；请先取消保护（编辑镜像，或 image set --unprotected）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image %1 is still uploading; cancel the upload task instead</source>
        <translation>镜像 %1 仍在上传中；请改为取消上传任务</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Image %1 is %2; only an image that is %3 can be changed to %4</source>
        <translation>镜像 %1 处于%2状态；只有处于%3状态的镜像才能改为%4</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Image %1 is %2; make it shared before adding projects (image set --shared)</source>
        <translation>镜像 %1 是%2的；添加项目前请先将其设为共享（image set --shared）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project %1 owns image %2 already</source>
        <translation>项目 %1 已拥有镜像 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Project &apos;%1&apos; is not a member of image %2</source>
        <translation>项目 &apos;%1&apos; 不是镜像 %2 的成员</translation>
    </message>
    <message>
        <location filename="../engine/image/imageuploads.cpp" line="-30"/>
        <source>%1: %2 of %3 MiB</source>
        <translation>%1：%2 / %3 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 MiB</source>
        <translation>%1：%2 MiB</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Create image %1</source>
        <translation>创建镜像 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the image</source>
        <translation>正在检查镜像</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Image %1 was deleted during its upload</source>
        <translation>镜像 %1 在上传期间被删除</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Image %1: a file to import is needed</source>
        <translation>镜像 %1：需要一个要导入的文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Image %1 is %2; its data cannot be downloaded</source>
        <translation>镜像 %1 处于%2状态；无法下载其数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save image %1: give a file name to write</source>
        <translation>保存镜像 %1：请指定要写入的文件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the folder cannot be written</source>
        <translation>%1：无法写入该文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save image %1</source>
        <translation>保存镜像 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
</context>
<context>
    <name>sd::ImageStore</name>
    <message>
        <location filename="../engine/image/imagestore.cpp" line="+62"/>
        <source>%1: read failed: %2</source>
        <translation>%1：读取失败：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: write failed: %2</source>
        <translation>%1：写入失败：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image store %1: cannot write: %2</source>
        <translation>镜像存储 %1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image store %1: cannot move %2 into place</source>
        <translation>镜像存储 %1：无法将 %2 移动到位</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image %1: its data is missing from the image store</source>
        <translation>镜像 %1：镜像存储中缺少其数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>sd::ImagesPanel</name>
    <message>
        <location filename="../views/panels/imagespanel.cpp" line="+25"/>
        <source>All images</source>
        <translation>所有镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with Project</source>
        <translation>共享给项目的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin › Compute</source>
        <translation>管理员 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Compute</source>
        <translation>项目 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which images to list</source>
        <translation>要列出哪些镜像</translation>
    </message>
</context>
<context>
    <name>sd::ImportKeyPairDialog</name>
    <message>
        <location filename="../views/dialogs/importkeypairdialog.cpp" line="+27"/>
        <source>Import Public Key</source>
        <translation>导入公钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load from File…</source>
        <translation>从文件加载…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a key you already have: paste its public half, one line from a .pub file such as ~/.ssh/id_ed25519.pub (&quot;ssh-ed25519 AAAA… comment&quot;). The private key stays on your computer. To make a key: ssh-keygen -t ed25519</source>
        <translation>使用您已有的密钥：粘贴其公钥部分，即 .pub 文件（如 ~/.ssh/id_ed25519.pub）中的一行（“ssh-ed25519 AAAA… 注释”）。私钥保留在您的计算机上。创建密钥：ssh-keygen -t ed25519</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Key Pair Name *</source>
        <translation>密钥对名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public Key *</source>
        <translation>公钥 *</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✓ %1 %2 key, fingerprint %3%4</source>
        <translation>✓ %1 %2 密钥，指纹 %3%4</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File %1: too big for a public key (%2 bytes); choose the .pub file</source>
        <translation>文件 %1：对于公钥而言太大（%2 字节）；请选择 .pub 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File %1: %2</source>
        <translation>文件 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Load Public Key</source>
        <translation>加载公钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sd::InstanceActionLogTab</name>
    <message>
        <location filename="../views/panels/instanceactionlogtab.cpp" line="+19"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>sd::InstanceActions</name>
    <message>
        <location filename="../views/panels/instanceactions.cpp" line="+39"/>
        <location line="+197"/>
        <source>Launch Instance…</source>
        <translation>启动云主机…</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>View Details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update Metadata…</source>
        <translation>更新元数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More Actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power on the selected instances</source>
        <translation>启动所选云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut the selected instances down (ACPI, then power off)</source>
        <translation>关闭所选云主机（先 ACPI，再断电）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the guests to restart</source>
        <translation>请求客户机重启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power-cycle the selected instances, as pressing reset</source>
        <translation>对所选云主机断电重启，如同按下复位键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freeze the guests in memory</source>
        <translation>将客户机冻结在内存中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let paused guests run again</source>
        <translation>让已暂停的客户机继续运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the guests&apos; memory to disk and free the host&apos;s RAM</source>
        <translation>将客户机内存保存到磁盘并释放主机内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore suspended guests from disk</source>
        <translation>从磁盘恢复已挂起的客户机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse actions on the selected instances until they are unlocked</source>
        <translation>拒绝对所选云主机的操作，直至其被解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow actions on the selected instances again</source>
        <translation>重新允许对所选云主机的操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shut the instances down and free their hosts; their disks are kept</source>
        <translation>关闭云主机并释放其主机；保留其磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place shelved instances on a host again and boot them</source>
        <translation>将已搁置的云主机重新放置到主机上并启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot rescued instances from their own disk again</source>
        <translation>让已救援的云主机重新从自身磁盘启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the new flavor or host and remove the instance from the old host</source>
        <translation>保留新的云主机类型或主机，并从旧主机上移除云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the old flavor and host</source>
        <translation>恢复到旧的云主机类型和主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the name and the description of the instance</source>
        <translation>修改云主机的名称和描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Instance…</source>
        <translation>编辑云主机…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected instances and release what they hold</source>
        <translation>删除所选云主机并释放其占用的资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard Reboot…</source>
        <translation>硬重启…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+142"/>
        <source>Delete Instances…</source>
        <translation>删除云主机…</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Overview, interfaces, log and action log of the instance</source>
        <translation>云主机的概况、接口、日志和操作日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last lines of the instance&apos;s serial console</source>
        <translation>云主机串口控制台的最后几行</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Instance %1 is already locked</source>
        <translation>云主机 %1 已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance %1 is not locked</source>
        <translation>云主机 %1 未锁定</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open the instance&apos;s console in a window</source>
        <translation>在窗口中打开云主机的控制台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, change or remove the instance&apos;s metadata</source>
        <translation>添加、修改或删除云主机的元数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Instance…</source>
        <translation>删除云主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Delete Instances</source>
        <translation>删除云主机</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Launch Instance (Quota exceeded)</source>
        <translation>启动云主机（超出配额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch instances into project %1</source>
        <translation>在项目 %1 中启动云主机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 left out instances it cannot act on</source>
        <translation>%1 略过了无法操作的云主机</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete Instance</source>
        <translation>删除云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard Reboot Instance</source>
        <translation>硬重启云主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard Reboot Instances</source>
        <translation>硬重启云主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete instance %1?</source>
        <translation>删除云主机 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 instances: %2?</source>
        <translation>删除 %1 个云主机：%2？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard reboot instance %1?</source>
        <translation>硬重启云主机 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard reboot %1 instances: %2?</source>
        <translation>硬重启 %1 个云主机：%2？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted instances are not recoverable. Their ports, addresses, disks and quota are released.</source>
        <translation>已删除的云主机无法恢复。其端口、地址、磁盘和配额将被释放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A hard reboot power-cycles the guests: what they have not written to disk is lost.</source>
        <translation>硬重启会对客户机断电重启：尚未写入磁盘的数据将丢失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Update Metadata of Instance %1</source>
        <translation>更新云主机 %1 的元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata are free key/value pairs the guest can read from the metadata service and that describe the instance to people and scripts. Keys and values take at most 255 characters.</source>
        <translation>元数据是任意的键/值对，客户机可从元数据服务读取，用于向人员和脚本描述云主机。键和值最多 255 个字符。</translation>
    </message>
</context>
<context>
    <name>sd::InstanceBuild</name>
    <message>
        <location filename="../engine/compute/instance/instancebuild.cpp" line="+119"/>
        <source>A step of the build was cancelled</source>
        <translation>构建过程中的某个步骤已取消</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Instance %1 boots from a volume, but block storage is not running</source>
        <translation>云主机 %1 从卷启动，但块存储未运行</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Host %1 went down during the build</source>
        <translation>主机 %1 在构建过程中离线</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Build instance %1 on %2</source>
        <translation>在 %2 上构建云主机 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host %1 went down</source>
        <translation>主机 %1 已离线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the NoCloud seed</source>
        <translation>正在写入 NoCloud 种子数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the disks</source>
        <translation>正在创建磁盘</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Defining and starting the domain</source>
        <translation>正在定义并启动虚拟机</translation>
    </message>
</context>
<context>
    <name>sd::InstanceConsoleTab</name>
    <message>
        <location filename="../views/panels/instanceconsoletab.cpp" line="+26"/>
        <source>Open in Window</source>
        <translation>在窗口中打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click the screen to type into it; Ctrl+Alt gives the keyboard back.</source>
        <translation>点击屏幕即可在其中输入；按 Ctrl+Alt 可释放键盘。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this console in a window of its own (full screen, Send Key, screenshots)</source>
        <translation>在单独的窗口中显示此控制台（全屏、发送按键、截图）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The console connects when this tab is shown.</source>
        <translation>显示此选项卡时，控制台将会连接。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Connecting to the console…</source>
        <translation>正在连接控制台…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The console is open in its own window.</source>
        <translation>控制台已在单独的窗口中打开。</translation>
    </message>
</context>
<context>
    <name>sd::InstanceDetailsDialog</name>
    <message>
        <location filename="../views/panels/instancedetailsdialog.cpp" line="+23"/>
        <source>Instance Details</source>
        <translation>云主机详情</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This instance has been deleted.</source>
        <translation>该云主机已被删除。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Instance Details: %1</source>
        <translation>云主机详情：%1</translation>
    </message>
</context>
<context>
    <name>sd::InstanceDiskCopy</name>
    <message>
        <location filename="../engine/compute/instance/instancediskcopy.cpp" line="+32"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+190"/>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>The root disk of instance %1 is not on its host</source>
        <translation>云主机 %1 的根磁盘不在其主机上</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Disk %1 on the target</source>
        <translation>目标上的磁盘 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading disk %1</source>
        <translation>正在读取磁盘 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing disk %1</source>
        <translation>正在写入磁盘 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copying %1 (%2 of %3 MiB)</source>
        <translation>正在复制 %1（%2 / %3 MiB）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Disk %1 of instance %2 is not on this host</source>
        <translation>云主机 %2 的磁盘 %1 不在此主机上</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Root disk of instance %1</source>
        <translation>云主机 %1 的根磁盘</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Root disk of instance %1 cannot grow to %2 GB</source>
        <translation>云主机 %1 的根磁盘无法扩展到 %2 GB</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Creating the disks on %1</source>
        <translation>正在 %1 上创建磁盘</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Hosts %1 and %2 keep the cached image at different paths (%3, %4): the root disk&apos;s backing file would not be found; give both hosts the same &quot;stackdesk-images&quot; pool path</source>
        <translation>主机 %1 和 %2 将缓存的镜像保存在不同路径（%3、%4）：将找不到根磁盘的后备文件；请为两台主机设置相同的 &quot;stackdesk-images&quot; 存储池路径</translation>
    </message>
</context>
<context>
    <name>sd::InstanceDisks</name>
    <message>
        <location filename="../engine/compute/instance/instancedisks.cpp" line="+29"/>
        <source>Disk %1 cannot be created: %2</source>
        <translation>无法创建磁盘 %1：%2</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Disk %1 cannot be removed: %2</source>
        <translation>无法移除磁盘 %1：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disks of instance %1 could not be removed: %2</source>
        <translation>无法移除云主机 %1 的磁盘：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage pool %1 has no folder</source>
        <translation>存储池 %1 没有文件夹</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Console log: %1</source>
        <translation>控制台日志：%1</translation>
    </message>
</context>
<context>
    <name>sd::InstanceFilterProxy</name>
    <message>
        <location filename="../views/models/instancefilterproxy.cpp" line="+30"/>
        <source>Any field</source>
        <translation>任意字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance Name</source>
        <translation>云主机名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>云主机 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Name or ID</source>
        <translation>镜像名称或 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4 Address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6 Address</source>
        <translation>IPv6 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor Name or ID</source>
        <translation>云主机类型名称或 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Pair Name</source>
        <translation>密钥对名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project Name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host Name</source>
        <translation>主机名</translation>
    </message>
</context>
<context>
    <name>sd::InstanceFormActions</name>
    <message>
        <location filename="../views/panels/instanceformactions.cpp" line="+39"/>
        <source>Create Snapshot…</source>
        <translation>创建快照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the root disk as an image to launch new instances from</source>
        <translation>将根磁盘保存为镜像，用于启动新的云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Associate Floating IP…</source>
        <translation>关联浮动IP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the instance reachable at one of the project&apos;s floating IPs</source>
        <translation>使云主机可通过项目的某个浮动IP访问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disassociate Floating IP…</source>
        <translation>取消浮动IP关联…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a floating IP off the instance</source>
        <translation>从云主机上移除浮动IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach Interface…</source>
        <translation>连接接口…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the instance one more network interface</source>
        <translation>为云主机增加一个网络接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach Interface…</source>
        <translation>分离接口…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unplug one of the instance&apos;s network interfaces</source>
        <translation>拔出云主机的某个网络接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Security Groups…</source>
        <translation>编辑安全组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the security groups of the instance&apos;s ports</source>
        <translation>选择云主机各端口的安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescue Instance…</source>
        <translation>救援云主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot a rescue system with the instance&apos;s disk attached, to repair it</source>
        <translation>启动一个挂载了云主机磁盘的救援系统，以便修复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize Instance…</source>
        <translation>调整云主机大小…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the instance to another flavor</source>
        <translation>将云主机更换为另一种云主机类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate Instance…</source>
        <translation>迁移云主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut the instance down and move it to another host</source>
        <translation>关闭云主机并将其移动到另一台主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live Migrate Instance…</source>
        <translation>热迁移云主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the running instance to another host without stopping it</source>
        <translation>在不停机的情况下将运行中的云主机移动到另一台主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuild Instance…</source>
        <translation>重建云主机…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the root disk with a fresh one from an image</source>
        <translation>用从镜像新建的磁盘替换根磁盘</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Instance %1 is in ERROR: delete or rebuild it first</source>
        <translation>云主机 %1 处于 ERROR 状态：请先删除或重建它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance %1 has no fixed address to take a floating IP</source>
        <translation>云主机 %1 没有可用于关联浮动IP的固定地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance %1 has a floating IP already</source>
        <translation>云主机 %1 已有浮动IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1 has no floating IP</source>
        <translation>云主机 %1 没有浮动IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1 has no interface to detach</source>
        <translation>云主机 %1 没有可分离的接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instance %1 is on no host</source>
        <translation>云主机 %1 不在任何主机上</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select one instance</source>
        <translation>请选择一个云主机</translation>
    </message>
</context>
<context>
    <name>sd::InstanceLogTab</name>
    <message>
        <location filename="../views/panels/instancelogtab.cpp" line="+22"/>
        <source>Go</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Full Log</source>
        <translation>查看完整日志</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole console log in a window of its own</source>
        <translation>在单独的窗口中查看完整的控制台日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log length (lines):</source>
        <translation>日志长度（行）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the console log from the host…</source>
        <translation>正在从主机读取控制台日志…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the whole console log from the host…</source>
        <translation>正在从主机读取完整的控制台日志…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Console log of %1</source>
        <translation>%1 的控制台日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>The console has printed nothing yet.</source>
        <translation>控制台尚未输出任何内容。</translation>
    </message>
</context>
<context>
    <name>sd::InstanceModel</name>
    <message>
        <location filename="../views/models/instancemodel.cpp" line="+90"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Whether the instance is locked against actions</source>
        <translation>云主机是否已锁定以禁止操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance Name</source>
        <translation>云主机名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image Name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flavor</source>
        <translation>云主机类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power State</source>
        <translation>电源状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>已创建时长</translation>
    </message>
</context>
<context>
    <name>sd::InstanceMoves</name>
    <message>
        <location filename="../engine/compute/instance/instanceresize.cpp" line="+233"/>
        <source>Resize instance %1 to %2 on %3</source>
        <translation>在 %3 上将云主机 %1 调整为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate instance %1 from %2 to %3</source>
        <translation>将云主机 %1 从 %2 迁移到 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing %1</source>
        <translation>正在准备 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Powering the instance off</source>
        <translation>正在关闭云主机电源</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Defining the domain on %1</source>
        <translation>正在 %1 上定义虚拟机</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancemoves.cpp" line="+63"/>
        <source>Instance %1 has no host</source>
        <translation>云主机 %1 没有主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host %1 of instance %2 is %3; try again when it is up</source>
        <translation>云主机 %2 的主机 %1 的状态为 %3；请在其上线后重试</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The domain cannot be defined: %1</source>
        <translation>无法定义该虚拟机：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The engine stopped before the move could start</source>
        <translation>引擎在移动开始前已停止</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Host &apos;%1&apos;: instance %2 is already on it</source>
        <translation>主机 &apos;%1&apos;：云主机 %2 已在该主机上</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove instance %1 from %2</source>
        <translation>从 %2 移除云主机 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Instance %1 was deleted during the move</source>
        <translation>云主机 %1 在移动过程中被删除</translation>
    </message>
</context>
<context>
    <name>sd::InstanceOverview</name>
    <message>
        <location filename="../views/panels/instanceoverview.cpp" line="+57"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+36"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Age</source>
        <translation>已创建时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not scheduled to a host</source>
        <translation>未调度到主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specs</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor Name</source>
        <translation>云主机类型名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor ID</source>
        <translation>云主机类型 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ephemeral Disk</source>
        <translation>临时磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP Addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Name</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+21"/>
        <source>Image Name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volumes Attached</source>
        <translation>已连接的卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No volumes attached.</source>
        <translation>未连接任何卷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached To</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3 GiB)</source>
        <translation>%2 上的 %1（%3 GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no device)</source>
        <translation>（无设备）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boots from volume %1</source>
        <translation>从卷 %1 启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boots from volume %1 (made from image %2)</source>
        <translation>从卷 %1 启动（由镜像 %2 创建）</translation>
    </message>
</context>
<context>
    <name>sd::InstancePasswordFields</name>
    <message>
        <location filename="../views/dialogs/instance/instancepasswordfields.cpp" line="+17"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm Password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sd::InstancePorts</name>
    <message>
        <location filename="../engine/compute/instance/instanceports.cpp" line="+64"/>
        <source>Port %1 was just taken by %2</source>
        <translation>端口 %1 刚被 %2 占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another request</source>
        <translation>另一个请求</translation>
    </message>
</context>
<context>
    <name>sd::InstanceReconciler</name>
    <message>
        <location filename="../engine/compute/instance/instancereconciler.cpp" line="+62"/>
        <source>StackDesk stopped while instance %1 was being built (%2); delete it and launch it again</source>
        <translation>StackDesk 在构建云主机 %1 时停止了（%2）；请删除它并重新创建</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>StackDesk stopped while instance %1 was being deleted; delete it again</source>
        <translation>StackDesk 在删除云主机 %1 时停止了；请重新删除它</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Domain %1 is gone from host %2</source>
        <translation>虚拟机 %1 已从主机 %2 上消失</translation>
    </message>
</context>
<context>
    <name>sd::InstanceService</name>
    <message>
        <location filename="../engine/compute/instance/instancelaunch.cpp" line="+77"/>
        <source>Key pair &apos;%1&apos;: you have no key pair of that name</source>
        <translation>密钥对 &apos;%1&apos;：您没有该名称的密钥对</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instanceservice.cpp" line="+66"/>
        <source>Instance name</source>
        <translation>云主机名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metadata key &apos;%1&apos;: must be 1-255 characters</source>
        <translation>元数据键 &apos;%1&apos;：长度必须为 1-255 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metadata %1: the value is %2 characters, at most 255 are allowed</source>
        <translation>元数据 %1：值有 %2 个字符，最多允许 255 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metadata %1: control characters are not allowed</source>
        <translation>元数据 %1：不允许使用控制字符</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Instance: give a name or an ID</source>
        <translation>云主机：请指定名称或 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Instance &apos;%1&apos;: no such instance</source>
        <translation>云主机 &apos;%1&apos;：不存在该云主机</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Instance name &apos;%1&apos; is used by %2 instances; give the ID</source>
        <translation>云主机名称 &apos;%1&apos; 被 %2 个云主机使用；请指定 ID</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only administrators may list the instances of other projects or of a host</source>
        <translation>只有管理员可以列出其他项目或某台主机的云主机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name filter &apos;%1&apos;: not a regular expression (%2)</source>
        <translation>名称过滤器 &apos;%1&apos;：不是有效的正则表达式（%2）</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancerebuild.cpp" line="+26"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../engine/compute/instance/instanceservice.cpp" line="+179"/>
        <location filename="../engine/compute/instance/instancelaunch.cpp" line="+10"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Finding image %1 on the host</source>
        <translation>正在主机上查找镜像 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the NoCloud seed</source>
        <translation>正在写入 NoCloud 种子数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping the domain</source>
        <translation>正在停止虚拟机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the disks from %1</source>
        <translation>正在从 %1 创建磁盘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Defining and starting the domain</source>
        <translation>正在定义并启动虚拟机</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancelaunch.cpp" line="+3"/>
        <source>Count: min %1 and max %2 must satisfy 1 &lt;= min &lt;= max &lt;= %3</source>
        <translation>数量：最小值 %1 和最大值 %2 必须满足 1 &lt;= min &lt;= max &lt;= %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User data: %1 bytes, at most %2 are allowed</source>
        <translation>用户数据：%1 字节，最多允许 %2 字节</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Image: choose the image to boot from</source>
        <translation>镜像：请选择用于启动的镜像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image %1 is %2: only active images can boot</source>
        <translation>镜像 %1 的状态为 %2：只有 active 状态的镜像才能启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image %1 is %2: instances boot from qcow2 or raw images</source>
        <translation>镜像 %1 为 %2 格式：云主机只能从 qcow2 或 raw 镜像启动</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instanceresize.cpp" line="-199"/>
        <source>Instance %1 has no resize or migration waiting for confirmation</source>
        <translation>云主机 %1 没有等待确认的调整大小或迁移操作</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Flavor: choose the new flavor of %1</source>
        <translation>云主机类型：请选择 %1 的新云主机类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resize: instance %1 already has flavor %2</source>
        <translation>调整大小：云主机 %1 已在使用云主机类型 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flavor %1 has a %2 GB root disk, smaller than the %3 GB of instance %4: disks cannot shrink; choose a flavor with at least %3 GB</source>
        <translation>云主机类型 %1 的根磁盘为 %2 GB，小于云主机 %4 的 %3 GB：磁盘无法缩小；请选择根磁盘至少为 %3 GB 的云主机类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../engine/compute/instance/instancelaunch.cpp" line="+3"/>
        <location line="+33"/>
        <source>Flavor %1 has %2 MB of RAM; image %3 needs at least %4 MB</source>
        <translation>云主机类型 %1 有 %2 MB 内存；镜像 %3 至少需要 %4 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../engine/compute/instance/instancelaunch.cpp" line="-24"/>
        <source>Flavor %1 has a %2 GB root disk; image %3 needs at least %4 GB</source>
        <translation>云主机类型 %1 的根磁盘为 %2 GB；镜像 %3 至少需要 %4 GB</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Confirm the move of %1 (remove it from %2)</source>
        <translation>确认 %1 的移动（将其从 %2 移除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing the domain and the disks from %1</source>
        <translation>正在从 %1 移除虚拟机和磁盘</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Revert the move of %1 (back to %2, flavor %3)</source>
        <translation>还原 %1 的移动（返回 %2，云主机类型 %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Powering the instance off on %1</source>
        <translation>正在 %1 上关闭云主机电源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Defining the domain on %1 again</source>
        <translation>正在 %1 上重新定义虚拟机</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing the instance from %1</source>
        <translation>正在从 %1 移除云主机</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancelaunch.cpp" line="+10"/>
        <source>Boot source: booting from a volume needs block storage</source>
        <translation>启动源：从卷启动需要块存储</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Host %1: the boot volume&apos;s data is on another host, where the instance must run</source>
        <translation>主机 %1：启动卷的数据位于另一台主机上，云主机必须在那台主机上运行</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Network: the project can use %n network(s); choose one</source>
        <translation>
            <numerusform>网络：该项目可以使用 %n 个网络；请选择一个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port %1 belongs to another project</source>
        <translation>端口 %1 属于其他项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 is already in use by %2</source>
        <translation>端口 %1 已被 %2 使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../engine/compute/instance/instanceinterfaces.cpp" line="+174"/>
        <source>Network %1 belongs to another project and is not shared</source>
        <translation>网络 %1 属于其他项目且未共享</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/compute/instance/instanceinterfaces.cpp" line="+3"/>
        <source>Network %1 is down (admin state)</source>
        <translation>网络 %1 的管理状态为 DOWN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network %1 has no subnet: an instance there would get no address</source>
        <translation>网络 %1 没有子网：其上的云主机将无法获得地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed IP %1: one address cannot go to %2 instances</source>
        <translation>固定 IP %1：一个地址不能分配给 %2 个云主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port: one port cannot go to %1 instances</source>
        <translation>端口：一个端口不能分配给 %1 个云主机</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server group &apos;%1&apos;: no such server group</source>
        <translation>服务器组 &apos;%1&apos;：不存在该服务器组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server group name &apos;%1&apos; is used by %2 groups; give the ID</source>
        <translation>服务器组名称 &apos;%1&apos; 被 %2 个组使用；请指定 ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../engine/compute/instance/instanceshelve.cpp" line="+113"/>
        <source>Availability zone &apos;%1&apos;: no such zone (zones: %2)</source>
        <translation>可用域 &apos;%1&apos;：不存在该可用域（可用域：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host: only administrators may choose the host</source>
        <translation>主机：只有管理员可以选择主机</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Quota exceeded for server_group_members: the group has %1 members, %2 more would pass the limit of %3</source>
        <translation>server_group_members 超出配额：该组已有 %1 个成员，再增加 %2 个将超过限额 %3</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Instance %1 is gone</source>
        <translation>云主机 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instanceservice.cpp" line="-86"/>
        <source>%1 needs its own request, not a plain action</source>
        <translation>%1 需要单独的请求，不能作为普通操作执行</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../engine/compute/instance/instanceinterfaces.cpp" line="-137"/>
        <source>Instance %1 has no host</source>
        <translation>云主机 %1 没有主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../engine/compute/instance/instanceinterfaces.cpp" line="+3"/>
        <source>Host %1 of instance %2 is %3; try again when it is up</source>
        <translation>云主机 %2 的主机 %1 的状态为 %3；请在其上线后重试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 instance %2</source>
        <translation>%1云主机 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+135"/>
        <location filename="../engine/compute/instance/instanceinterfaces.cpp" line="+45"/>
        <source>Host %1 went down</source>
        <translation>主机 %1 已离线</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Metadata key &apos;%1&apos;: instance %2 has no such key</source>
        <translation>元数据键 &apos;%1&apos;：云主机 %2 没有该键</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quota exceeded for metadata_items: %1 items, limit %2</source>
        <translation>metadata_items 超出配额：%1 项，限额 %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete instance %1</source>
        <translation>删除云主机 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removing the domain</source>
        <translation>正在移除虚拟机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the disks</source>
        <translation>正在移除磁盘</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Lines: %1 is not 1 to 100000</source>
        <translation>行数：%1 不在 1 到 100000 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance %1 is not on a host; it has no console log</source>
        <translation>云主机 %1 不在任何主机上；它没有控制台日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 is %2</source>
        <translation>主机 %1 的状态为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance %1 runs on a simulated host: there is no console output</source>
        <translation>云主机 %1 运行在模拟主机上：没有控制台输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Console log of %1</source>
        <translation>%1 的控制台日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The host went down</source>
        <translation>主机已离线</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Instance %1: no such instance</source>
        <translation>云主机 %1：不存在该云主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1 is still %2 after %3 s</source>
        <translation>%3 秒后云主机 %1 仍处于 %2 状态</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancesnapshot.cpp" line="+33"/>
        <source>Snapshot name</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Property &apos;%1&apos;: a snapshot sets it itself</source>
        <translation>属性 &apos;%1&apos;：由快照自行设置</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Image %1 of instance %2 is gone; on a simulated host a snapshot&apos;s data is that image&apos;s</source>
        <translation>云主机 %2 的镜像 %1 已不存在；在模拟主机上，快照的数据即为该镜像的数据</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copying the root disk on %1</source>
        <translation>正在 %1 上复制根磁盘</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading the snapshot: %1 of %2 MiB</source>
        <translation>正在下载快照：%1 / %2 MiB</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The snapshot&apos;s upload was cancelled</source>
        <translation>快照上传已取消</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instanceshelve.cpp" line="-79"/>
        <source>Shelve instance %1</source>
        <translation>搁置云主机 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powering the instance off</source>
        <translation>正在关闭云主机电源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing the domain from %1; the disks stay</source>
        <translation>正在从 %1 移除虚拟机；磁盘将保留</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Host: only administrators may choose where %1 is unshelved</source>
        <translation>主机：只有管理员可以选择在何处取消搁置 %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unshelve instance %1 on %2</source>
        <translation>在 %2 上取消搁置云主机 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Binding the ports and caching the image on %1</source>
        <translation>正在 %1 上绑定端口并缓存镜像</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Defining and starting the domain on %1</source>
        <translation>正在 %1 上定义并启动虚拟机</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancerescue.cpp" line="+29"/>
        <source>Rescue image</source>
        <translation>救援镜像</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Finding rescue image %1 on the host</source>
        <translation>正在主机上查找救援镜像 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the rescue seed</source>
        <translation>正在写入救援种子数据</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the rescue disk</source>
        <translation>正在创建救援磁盘</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping the instance&apos;s own domain</source>
        <translation>正在停止云主机自身的虚拟机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booting the rescue system</source>
        <translation>正在启动救援系统</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; and the instance&apos;s own domain could not be defined again: %2</source>
        <translation>%1；并且无法重新定义云主机自身的虚拟机：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stopping the rescue system</source>
        <translation>正在停止救援系统</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the rescue disk</source>
        <translation>正在移除救援磁盘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booting the instance&apos;s own domain</source>
        <translation>正在启动云主机自身的虚拟机</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instanceinterfaces.cpp" line="-40"/>
        <source>Host %1 cannot hot-plug devices; shut instance %2 off first</source>
        <translation>主机 %1 无法热插拔设备；请先将云主机 %2 关机</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Plugging the interface</source>
        <translation>正在插入接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unplugging the interface</source>
        <translation>正在拔出接口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface %1 plugged</source>
        <translation>接口 %1 已插入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface %1 unplugged</source>
        <translation>接口 %1 已拔出</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Attach Interface: give a network or a port (one of them)</source>
        <translation>连接接口：请指定一个网络或一个端口（二选一）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed IP %1: an existing port keeps its own addresses; give a network with it</source>
        <translation>固定 IP %1：已有端口保留其自身的地址；请同时指定网络</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Network %1 is external: its addresses go to router gateways and floating IPs</source>
        <translation>网络 %1 是外部网络：其地址用于路由网关和浮动IP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network %1 has no subnet: the interface would get no address</source>
        <translation>网络 %1 没有子网：接口将无法获得地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 belongs to another project than instance %2</source>
        <translation>端口 %1 与云主机 %2 属于不同的项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %1 is attached to instance %2 already</source>
        <translation>端口 %1 已连接到云主机 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is in use by %2 (%3)</source>
        <translation>端口 %1 正被 %2（%3）使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port %1 is bound to a host already</source>
        <translation>端口 %1 已绑定到某台主机</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Port %1 is gone</source>
        <translation>端口 %1 已不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach port %1 to instance %2</source>
        <translation>将端口 %1 连接到云主机 %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Port &apos;%1&apos;: instance %2 has no such port</source>
        <translation>端口 &apos;%1&apos;：云主机 %2 没有该端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detach port %1 from instance %2</source>
        <translation>从云主机 %2 分离端口 %1</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancesecuritygroups.cpp" line="+24"/>
        <source>Security group: give a name or an ID</source>
        <translation>安全组：请指定名称或 ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Security group &apos;%1&apos;: project %2 of instance %3 has no such group</source>
        <translation>安全组 &apos;%1&apos;：云主机 %3 所属的项目 %2 中没有该安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instance %1 has no ports: there is nothing for a security group to filter</source>
        <translation>云主机 %1 没有端口：安全组没有可过滤的对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port %1 of instance %2 has port security off; security groups need it (port set --enable-port-security)</source>
        <translation>云主机 %2 的端口 %1 已关闭端口安全；安全组需要启用端口安全（port set --enable-port-security）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Security group &apos;%1&apos; is already on instance %2</source>
        <translation>安全组 &apos;%1&apos; 已在云主机 %2 上</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Instance %1 has no security group &apos;%2&apos;</source>
        <translation>云主机 %1 没有安全组 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancemigrate.cpp" line="+40"/>
        <source>Domain %1 is not on its host</source>
        <translation>虚拟机 %1 不在其主机上</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>libvirt&apos;s migration failed: %1</source>
        <translation>libvirt 迁移失败：%1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Live-migrate instance %1 from %2 to %3</source>
        <translation>将云主机 %1 从 %2 热迁移到 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing %1</source>
        <translation>正在准备 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Moving the running domain to %1</source>
        <translation>正在将运行中的虚拟机移动到 %1</translation>
    </message>
    <message>
        <location filename="../engine/compute/instance/instancefloatingips.cpp" line="+63"/>
        <source>Fixed IP %1: instance %2 has no such address</source>
        <translation>固定 IP %1：云主机 %2 没有该地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Floating IP %1: no router links its network to fixed IP %2 of instance %3</source>
        <translation>浮动IP %1：没有路由将其网络连接到云主机 %3 的固定 IP %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floating IP %1: no router links its network to the networks of instance %2</source>
        <translation>浮动IP %1：没有路由将其网络连接到云主机 %2 的网络</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This engine has no floating IP service</source>
        <translation>此引擎没有浮动IP服务</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Floating IP %1 belongs to another project than instance %2</source>
        <translation>浮动IP %1 与云主机 %2 属于不同的项目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Floating IP %1 is on instance %2 already (fixed IP %3)</source>
        <translation>浮动IP %1 已在云主机 %2 上（固定 IP %3）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Floating IP %1 is not on instance %2</source>
        <translation>浮动IP %1 不在云主机 %2 上</translation>
    </message>
</context>
<context>
    <name>sd::InstanceText</name>
    <message>
        <location filename="../views/models/instancetext.cpp" line="+14"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shutoff</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+47"/>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reboot</source>
        <translation>重启中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hard Reboot</source>
        <translation>硬重启中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelved Offloaded</source>
        <translation>已搁置卸载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescue</source>
        <translation>救援</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm or Revert Resize/Migrate</source>
        <translation>确认或还原调整大小/迁移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrating</source>
        <translation>迁移中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No State</source>
        <translation>无状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shut Down</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (floating)</source>
        <translation>%1（浮动）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — RAM %2, vCPUs %3, disk %4</source>
        <translation>%1 — 内存 %2，vCPU %3，磁盘 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlocked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked by an administrator</source>
        <translation>由管理员锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked by its owner</source>
        <translation>由所有者锁定</translation>
    </message>
</context>
<context>
    <name>sd::InstanceVolumeActions</name>
    <message>
        <location filename="../views/panels/instancevolumeactions.cpp" line="+17"/>
        <source>Attach Volume…</source>
        <translation>连接卷…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach Volume…</source>
        <translation>分离卷…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Instance %1 is %2: %3 needs it ACTIVE or SHUTOFF</source>
        <translation>云主机 %1 处于 %2 状态：“%3”要求其处于 ACTIVE 或 SHUTOFF 状态</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Instance %1 has no volume attached</source>
        <translation>云主机 %1 未连接任何卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance %1 has only its root volume, which cannot be detached</source>
        <translation>云主机 %1 只有根卷，根卷无法分离</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Select one instance</source>
        <translation>请选择一个云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the instance one of its project&apos;s volumes as a disk</source>
        <translation>将云主机所属项目的一个卷作为磁盘提供给它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unplug one of the instance&apos;s volumes</source>
        <translation>拔出云主机的一个卷</translation>
    </message>
</context>
<context>
    <name>sd::InstancesPanel</name>
    <message>
        <location filename="../views/panels/instancespanel.cpp" line="+26"/>
        <source>Admin › Compute</source>
        <translation>管理员 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Compute</source>
        <translation>项目 › 计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which field the filter matches</source>
        <translation>过滤条件匹配的字段</translation>
    </message>
</context>
<context>
    <name>sd::IpNetwork</name>
    <message>
        <location filename="../engine/network/ipnet.cpp" line="+78"/>
        <source>%1 %2: give a network in CIDR form, such as 10.0.0.0/24</source>
        <translation>%1 %2：请以 CIDR 形式指定网络，例如 10.0.0.0/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: &apos;%3&apos; is not an IP address</source>
        <translation>%1 %2：&apos;%3&apos; 不是有效的 IP 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: prefix length must be 0-%3</source>
        <translation>%1 %2：前缀长度必须在 0-%3 之间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2: host bits are set; the network address is %3</source>
        <translation>%1 %2：主机位不为零；网络地址应为 %3</translation>
    </message>
</context>
<context>
    <name>sd::Ipam</name>
    <message>
        <location filename="../engine/network/ipam.cpp" line="+96"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IP address &apos;%1&apos;: not an IP address</source>
        <translation>IP 地址 &apos;%1&apos;：不是有效的 IP 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address %1 is outside subnet %2</source>
        <translation>IP 地址 %1 不在子网 %2 内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address %1 is the gateway of subnet %2</source>
        <translation>IP 地址 %1 是子网 %2 的网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address %1 is the network or broadcast address of subnet %2</source>
        <translation>IP 地址 %1 是子网 %2 的网络地址或广播地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP address %1 is already in use on subnet %2 (port %3)</source>
        <translation>IP 地址 %1 已在子网 %2 上被使用（端口 %3）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No free IP address on subnet %1: its allocation pools are exhausted</source>
        <translation>子网 %1 上没有空闲的 IP 地址：其分配池已耗尽</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IP address %1 is already in use on subnet %2</source>
        <translation>IP 地址 %1 已在子网 %2 上被使用</translation>
    </message>
</context>
<context>
    <name>sd::ItemCountLabel</name>
    <message>
        <location filename="../views/widgets/itemcountlabel.cpp" line="+21"/>
        <source>Displaying 1 item</source>
        <translation>正在显示 1 项</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Displaying %n items</source>
        <translation>
            <numerusform>正在显示 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::KeyPairActions</name>
    <message>
        <location filename="../views/panels/keypairactions.cpp" line="+20"/>
        <source>Create Key Pair…</source>
        <translation>创建密钥对…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Public Key…</source>
        <translation>导入公钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Delete Key Pair…</source>
        <translation>删除密钥对…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Generate a new key pair; its private key is shown to you once</source>
        <translation>生成新的密钥对；其私钥只向您显示一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the public key of a key pair you already have (a .pub file)</source>
        <translation>添加您已有的密钥对的公钥（.pub 文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected key pair&apos;s fingerprint and public key</source>
        <translation>显示所选密钥对的指纹和公钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete Key Pairs…</source>
        <translation>删除密钥对…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the %1 selected key pairs</source>
        <translation>删除所选的 %1 个密钥对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected key pair; instances launched with it keep their key</source>
        <translation>删除所选密钥对；使用它启动的云主机保留其密钥</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+5"/>
        <source>Delete Key Pair</source>
        <translation>删除密钥对</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Delete Key Pairs</source>
        <translation>删除密钥对</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete key pair %1?</source>
        <translation>删除密钥对 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 key pairs: %2?</source>
        <translation>删除 %1 个密钥对：%2？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances launched with a key pair keep the public key they were given; you can still log in to them with the private key. New instances cannot use a deleted key pair. This cannot be undone.</source>
        <translation>使用密钥对启动的云主机会保留所获得的公钥；您仍可用私钥登录这些云主机。新的云主机不能使用已删除的密钥对。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::KeyPairDetailsDialog</name>
    <message>
        <location filename="../views/dialogs/keypairdetailsdialog.cpp" line="+22"/>
        <source>Key Pair Details: %1</source>
        <translation>密钥对详情：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public Key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy Public Key</source>
        <translation>复制公钥</translation>
    </message>
</context>
<context>
    <name>sd::KeyPairModel</name>
    <message>
        <location filename="../views/models/keypairmodel.cpp" line="+54"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SSH key (Nova&apos;s type &quot;ssh&quot;): %1</source>
        <translation>SSH 密钥（Nova 的类型“ssh”）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with `ssh-keygen -lf` on your copy of the key</source>
        <translation>请与您的密钥副本上 `ssh-keygen -lf` 的输出比对</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>sd::KeyPairPage</name>
    <message>
        <location filename="../views/wizards/launch/keypairpage.cpp" line="+20"/>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key pair allows you to SSH into your newly created instance. Its public key is written into the instance by cloud-init.</source>
        <translation>密钥对使您可以通过 SSH 登录新创建的云主机。其公钥由 cloud-init 写入云主机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Key Pair…</source>
        <translation>创建密钥对…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Key Pair…</source>
        <translation>导入密钥对…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No key pair</source>
        <translation>无密钥对</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You have no key pair yet: create one, or import the public key of one you have (~/.ssh/id_ed25519.pub).</source>
        <translation>您还没有密钥对：请创建一个，或导入您已有密钥对的公钥（~/.ssh/id_ed25519.pub）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key pairs are also managed in Project › Compute › Key Pairs.</source>
        <translation>也可以在“项目 › 计算 › 密钥对”中管理密钥对。</translation>
    </message>
</context>
<context>
    <name>sd::KeyPairService</name>
    <message>
        <location filename="../engine/compute/keypairservice.cpp" line="+55"/>
        <source>Key pair name: empty; give it a name</source>
        <translation>密钥对名称：为空；请为其命名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key pair name &apos;%1…&apos;: longer than 255 characters (%2)</source>
        <translation>密钥对名称 &apos;%1…&apos;：超过 255 个字符（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key pair name &apos;%1&apos;: use letters, digits, spaces, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;@&apos;</source>
        <translation>密钥对名称 &apos;%1&apos;：只能使用字母、数字、空格、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;、&apos;@&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key pair name &apos;%1&apos;: only spaces; give it a name</source>
        <translation>密钥对名称 &apos;%1&apos;：只有空格；请为其命名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User &apos;%1&apos;: only administrators may manage another user&apos;s key pairs</source>
        <translation>用户 &apos;%1&apos;：只有管理员可以管理其他用户的密钥对</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User &apos;%1&apos;: no such user</source>
        <translation>用户 &apos;%1&apos;：不存在该用户</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+70"/>
        <source>Key pair &apos;%1&apos;: no such key pair</source>
        <translation>密钥对 &apos;%1&apos;：不存在该密钥对</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Key pair &apos;%1&apos; already exists; choose another name or delete it first</source>
        <translation>密钥对 &apos;%1&apos; 已存在；请选择其他名称或先删除它</translation>
    </message>
</context>
<context>
    <name>sd::KeyPairsPanel</name>
    <message>
        <location filename="../views/panels/keypairspanel.cpp" line="+15"/>
        <source>Project › Compute</source>
        <translation>项目 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key Pairs</source>
        <translation>密钥对</translation>
    </message>
</context>
<context>
    <name>sd::LaunchInstanceWizard</name>
    <message>
        <location filename="../views/wizards/launch/launchinstancewizard.cpp" line="+48"/>
        <location line="+5"/>
        <source>Launch Instance</source>
        <translation>启动云主机</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The instance needs a NIC: check a network on the Networks step or a port on Network Ports</source>
        <translation>云主机需要一个网卡：请在“网络”步骤中勾选一个网络，或在“网络端口”中选择一个端口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Launch with the settings of every step</source>
        <translation>使用各步骤的设置启动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Launch Instance makes instance %1.</source>
        <translation>启动云主机将创建云主机 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch Instance makes %1 instances, %2-1 to %2-%1.</source>
        <translation>启动云主机将创建 %1 个云主机，%2-1 至 %2-%1。</translation>
    </message>
</context>
<context>
    <name>sd::LaunchPage</name>
    <message>
        <location filename="../views/wizards/launch/launchpage.cpp" line="+32"/>
        <source>Next is disabled: %1</source>
        <translation>“下一步”已禁用：%1</translation>
    </message>
</context>
<context>
    <name>sd::LaunchQuota</name>
    <message>
        <location filename="../views/wizards/launch/launchquota.cpp" line="+30"/>
        <source>The project&apos;s instances quota (%1) is used up</source>
        <translation>项目的云主机配额（%1）已用完</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s vCPUs quota (%1) is used up</source>
        <translation>项目的 vCPU 配额（%1）已用完</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s RAM quota (%1) is used up</source>
        <translation>项目的内存配额（%1）已用完</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flavor %1</source>
        <translation>云主机类型 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 × flavor %2</source>
        <translation>%1 × 云主机类型 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs %2 vCPUs; your quota has %3 left</source>
        <translation>%1 需要 %2 个 vCPU；您的配额剩余 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs %2 of RAM; your quota has %3 left</source>
        <translation>%1 需要 %2 内存；您的配额剩余 %3</translation>
    </message>
</context>
<context>
    <name>sd::LifecycleSupport</name>
    <message>
        <location filename="../engine/compute/instance/lifecyclesupport.cpp" line="+50"/>
        <source>Instance %1 has no domain yet: %2 needs one</source>
        <translation>云主机 %1 尚无虚拟机：%2 需要虚拟机</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Instance %1 is on no host</source>
        <translation>云主机 %1 不在任何主机上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 of instance %2 is %3; try again when it is up</source>
        <translation>云主机 %2 的主机 %1 的状态为 %3；请在其上线后重试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: instance %2 on %3</source>
        <translation>%1：%3 上的云主机 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host %1 went down</source>
        <translation>主机 %1 已离线</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: give an image name or ID</source>
        <translation>%1：请指定镜像名称或 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 is private to another project; instance %3 cannot boot it</source>
        <translation>%1 %2 是其他项目的私有镜像；云主机 %3 无法从其启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 is %3: only active images can boot</source>
        <translation>%1 %2 的状态为 %3：只有活动的镜像才能启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 is %3: instances boot from qcow2 or raw images</source>
        <translation>%1 %2 的格式为 %3：云主机只能从 qcow2 或 raw 镜像启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 needs at least %3 MB of RAM; flavor %4 of instance %5 has %6 MB</source>
        <translation>%1 %2 至少需要 %3 MB 内存；云主机 %5 的云主机类型 %4 只有 %6 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 needs a root disk of at least %3 GB; flavor %4 of instance %5 has %6 GB</source>
        <translation>%1 %2 需要至少 %3 GB 的根磁盘；云主机 %5 的云主机类型 %4 只有 %6 GB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 cannot boot on the host of instance %3: %4</source>
        <translation>%1 %2 无法在云主机 %3 的主机上启动：%4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Image %1 could not be copied to the host (see its image.cache task): %2</source>
        <translation>无法将镜像 %1 复制到主机（参见其 image.cache 任务）：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The domain cannot be defined: %1</source>
        <translation>无法定义该虚拟机：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key pair &apos;%1&apos;: you have no key pair of that name</source>
        <translation>密钥对 &apos;%1&apos;：您没有该名称的密钥对</translation>
    </message>
</context>
<context>
    <name>sd::LoginDialog</name>
    <message>
        <location filename="../views/dialogs/logindialog.cpp" line="+26"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign In — StackDesk</source>
        <translation>登录 — StackDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to StackDesk</source>
        <translation>登录 StackDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo lab in %1</source>
        <translation>演示环境位于 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your primary project</source>
        <translation>您的主项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project to work in; leave empty for your primary project. You can switch project in the header later.</source>
        <translation>要在其中工作的项目；留空则使用您的主项目。之后可在页头中切换项目。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in as the demo administrator</source>
        <translation>以演示管理员身份登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo lab&apos;s users and passwords (admin, and the member demo) are in %1.</source>
        <translation>演示环境的用户和密码（admin 以及成员 demo）保存在 %1 中。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+115"/>
        <source>StackDesk — demo lab</source>
        <translation>StackDesk — 演示环境</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>StackDesk</source>
        <translation>StackDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+32"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+54"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+61"/>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Key Pairs</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server Groups</source>
        <translation>服务器组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classroom Wall</source>
        <translation>课堂屏幕墙</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+44"/>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+52"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+52"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+44"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Network Topology</source>
        <translation>网络拓扑</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <source>Routers</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <source>Floating IPs</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Hypervisors</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flavors</source>
        <translation>云主机类型</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume Types</source>
        <translation>卷类型</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Default Quotas</source>
        <translation>默认配额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User Settings</source>
        <translation>用户设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>About StackDesk</source>
        <translation>关于 StackDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;StackDesk %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;StackDesk %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An admin console for private clouds built on libvirt hosts, in the spirit of OpenStack Horizon.&lt;br&gt;&lt;br&gt;Built with Qt %1, running on Qt %2.</source>
        <translation>基于 libvirt 主机构建的私有云管理控制台，秉承 OpenStack Horizon 的设计理念。&lt;br&gt;&lt;br&gt;使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
</context>
<context>
    <name>sd::ManageAttachmentsDialog</name>
    <message>
        <location filename="../views/dialogs/manageattachmentsdialog.cpp" line="+36"/>
        <source>Manage Volume Attachments of %1</source>
        <translation>管理 %1 的卷连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach Volume</source>
        <translation>连接卷</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instance</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Actual device name may differ due to hypervisor settings. If not specified, the next free device is chosen.</source>
        <translation>实际设备名称可能因虚拟机管理器设置而不同。如未指定，将选择下一个空闲设备。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach To Instance</source>
        <translation>连接到云主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach to Instance *</source>
        <translation>连接到云主机 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device Name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select an instance</source>
        <translation>选择云主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No instances available</source>
        <translation>没有可用的云主机</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+30"/>
        <location line="+4"/>
        <source>Detach Volume</source>
        <translation>分离卷</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Volume %1 is the root disk of instance %2: it cannot be detached</source>
        <translation>卷 %1 是云主机 %2 的根磁盘：无法分离</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is %2: Detach needs it In-use</source>
        <translation>卷 %1 处于 %2 状态：“分离”要求其处于“使用中”状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>The data will remain in the volume and another instance will be able to access the data if you attach this volume to it.</source>
        <translation>数据将保留在卷中，如果将此卷连接到其他云主机，该云主机将能够访问这些数据。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Detach volume %1 from instance %2?</source>
        <translation>要从云主机 %2 分离卷 %1 吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Volume %1 is attached to %2: a volume is attached to one instance at a time, detach it first</source>
        <translation>卷 %1 已连接到 %2：一个卷同一时间只能连接到一个云主机，请先将其分离</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is %2: attaching needs it Available</source>
        <translation>卷 %1 处于 %2 状态：连接要求其处于“可用”状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an instance to attach to.</source>
        <translation>请选择要连接到的云主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No instance of the project is ACTIVE or SHUTOFF to attach to.</source>
        <translation>项目中没有处于 ACTIVE 或 SHUTOFF 状态、可供连接的云主机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume %1 is on host %2 and its type %3 is not shared; instance %4 runs on host %5: choose an instance on %2</source>
        <translation>卷 %1 位于主机 %2，其类型 %3 不是共享类型；云主机 %4 运行在主机 %5 上：请选择 %2 上的云主机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device name %1 is not a device such as /dev/vdc</source>
        <translation>设备名称 %1 不是类似 /dev/vdc 的设备</translation>
    </message>
</context>
<context>
    <name>sd::MetadataDialog</name>
    <message>
        <location filename="../views/dialogs/metadatadialog.cpp" line="+31"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a Key</source>
        <translation>添加键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key, e.g. hw:cpu_policy</source>
        <translation>键，例如 hw:cpu_policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a value to change it</source>
        <translation>双击值以进行修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No metadata yet. Add a key above.</source>
        <translation>尚无元数据。请在上方添加键。</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Key &apos;%1&apos; is already listed; change its value in the table below</source>
        <translation>键 &apos;%1&apos; 已在列表中；请在下方表格中修改其值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the key &apos;%1&apos; above, or clear it, first</source>
        <translation>请先添加上方的键 &apos;%1&apos;，或将其清除</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save sets %1.</source>
        <translation>保存时将设置 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save removes %1.</source>
        <translation>保存时将移除 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata (%1)</source>
        <translation>元数据（%1）</translation>
    </message>
</context>
<context>
    <name>sd::MetadataPage</name>
    <message>
        <location filename="../views/wizards/launch/metadatapage.cpp" line="+15"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add key/value metadata to the instance. The guest reads it from the metadata service; people and scripts use it to describe the instance (role=web, owner=ops).</source>
        <translation>为云主机添加键/值元数据。客户机从元数据服务读取它；人员和脚本用它来描述云主机（role=web、owner=ops）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Pair</source>
        <translation>添加键值对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Pair</source>
        <translation>删除键值对</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Metadata key &apos;%1&apos; is given twice</source>
        <translation>元数据键“%1”重复出现</translation>
    </message>
</context>
<context>
    <name>sd::MigrateInstanceDialog</name>
    <message>
        <location filename="../views/dialogs/instance/migrateinstancedialog.cpp" line="+17"/>
        <source>Live Migrate Instance %1</source>
        <translation>热迁移云主机 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migrate Instance %1</source>
        <translation>迁移云主机 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live Migrate</source>
        <translation>热迁移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The running guest moves to another host without stopping: its memory and disks are copied while it runs, then it continues there.</source>
        <translation>运行中的客户机将在不停机的情况下移动到另一台主机：在其运行时复制内存和磁盘，然后在新主机上继续运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance is shut down, its disks are copied to another host and it boots there. It then waits in VERIFY_RESIZE: confirm to remove it from the old host, or revert to go back.</source>
        <translation>云主机将被关机，其磁盘被复制到另一台主机并在该主机上启动。之后它将处于 VERIFY_RESIZE 状态：确认以将其从旧主机移除，或还原以返回旧主机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current Host</source>
        <translation>当前主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatically schedule new host.</source>
        <translation>自动调度新主机。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Host</source>
        <translation>新主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block Migration</source>
        <translation>块迁移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the disks to the new host. StackDesk&apos;s hosts share no storage, so leave it on unless the instances pool is on storage both hosts mount.</source>
        <translation>将磁盘复制到新主机。StackDesk 的主机之间不共享存储，因此请保持勾选，除非云主机存储池位于两台主机都挂载的存储上。</translation>
    </message>
</context>
<context>
    <name>sd::NatApplier</name>
    <message>
        <location filename="../engine/network/realize/natapplier.cpp" line="+48"/>
        <source>Floating IPs and router gateways cannot be NATed: %1</source>
        <translation>无法对浮动IP和路由网关进行 NAT：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The NAT rules could not be applied: %1</source>
        <translation>无法应用 NAT 规则：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>nftables table ip %1: %n floating IP(s), %2 router gateway(s)</source>
        <translation>
            <numerusform>nftables table ip %1：%n 个浮动IP，%2 个路由网关</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bridges&apos; addresses could not be read: %1</source>
        <translation>无法读取网桥的地址：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: address %2 removed</source>
        <translation>%1：已移除地址 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: address %2 added</source>
        <translation>%1：已添加地址 %2</translation>
    </message>
</context>
<context>
    <name>sd::NatProbe</name>
    <message>
        <location filename="../engine/hosts/natprobe.cpp" line="+12"/>
        <source>libvirt&apos;s test driver has no bridges to NAT on</source>
        <translation>libvirt 的 test 驱动没有可用于 NAT 的网桥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StackDesk writes NAT rules only on its own machine (qemu:///system), not over %1</source>
        <translation>StackDesk 只在其所在的本机（qemu:///system）上写入 NAT 规则，不会通过 %1 写入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not installed (packages nftables and iproute2)</source>
        <translation>%1 未安装（软件包 nftables 和 iproute2）</translation>
    </message>
</context>
<context>
    <name>sd::NavigationTree</name>
    <message>
        <location filename="../views/widgets/navigationtree.cpp" line="+34"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>sd::NetnsCommand</name>
    <message>
        <location filename="../engine/hosts/netnscommand.cpp" line="+23"/>
        <source>%1 is not installed on this machine</source>
        <translation>本机未安装 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nsenter is not installed on this machine (package util-linux)</source>
        <translation>本机未安装 nsenter（软件包 util-linux）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 未在 %2 秒内完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 失败（退出码 %2）：%3</translation>
    </message>
</context>
<context>
    <name>sd::NetworkActions</name>
    <message>
        <location filename="../views/panels/networkactions.cpp" line="+22"/>
        <source>Create Network…</source>
        <translation>创建网络…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Network…</source>
        <translation>编辑网络…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Subnet…</source>
        <translation>创建子网…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Delete Network…</source>
        <translation>删除网络…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Create a network, and a subnet for its addresses</source>
        <translation>创建网络，以及为其提供地址的子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network&apos;s subnets and ports</source>
        <translation>网络的子网和端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Network %1 is project %2&apos;s external network; only an administrator may change it</source>
        <translation>网络 %1 是项目 %2 的外部网络；只有管理员可以修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network %1 belongs to project %2; only its members or an administrator may change it</source>
        <translation>网络 %1 属于项目 %2；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change the name, admin state or sharing of the network</source>
        <translation>修改网络的名称、管理状态或共享设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a subnet (an address range) to the selected network</source>
        <translation>向所选网络添加子网（一个地址范围）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Networks…</source>
        <translation>删除网络…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the %1 selected networks and their subnets</source>
        <translation>删除所选的 %1 个网络及其子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected network and its subnets</source>
        <translation>删除所选网络及其子网</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+10"/>
        <source>Delete Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Delete Networks</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete network %1?</source>
        <translation>删除网络 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 networks: %2?</source>
        <translation>删除 %1 个网络：%2？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnets go with their network. A network that instances or routers still use is not deleted: the refusal names their ports. This cannot be undone.</source>
        <translation>子网会随其网络一起删除。仍被云主机或路由使用的网络不会被删除：拒绝信息中会列出它们的端口。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::NetworkApplier</name>
    <message>
        <location filename="../engine/network/realize/networkapplier.cpp" line="+48"/>
        <source>%1: DHCP entry %2 → %3 could not be %4: %5</source>
        <translation>%1：DHCP 条目 %2 → %3 无法%4：%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: DHCP entry %2 → %3 %4</source>
        <translation>%1：DHCP 条目 %2 → %3 %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be defined: %2</source>
        <translation>无法定义 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: defined and started</source>
        <translation>%1：已定义并启动</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 exists on the host but is not StackDesk&apos;s; rename or remove it</source>
        <translation>%1 已存在于主机上，但不属于 StackDesk；请将其重命名或移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the host belongs to StackDesk network %2 (the first 8 hex digits of both ids are the same); remove one of them from this host</source>
        <translation>主机上的 %1 属于 StackDesk 网络 %2（两者 ID 的前 8 位十六进制数字相同）；请从此主机上移除其中之一</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be stopped for its new settings: %2</source>
        <translation>无法停止 %1 以应用新设置：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be redefined: %2</source>
        <translation>无法重新定义 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: definition updated</source>
        <translation>%1：定义已更新</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: the new settings apply when the network is restarted; %n guest interface(s) use it now</source>
        <translation>
            <numerusform>%1：新设置将在网络重启后生效；目前有 %n 个客户机接口正在使用它</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: restarted with the new settings</source>
        <translation>%1：已使用新设置重启</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>%1: started</source>
        <translation>%1：已启动</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the host&apos;s networks failed: %1</source>
        <translation>列出主机的网络失败：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 is no longer needed but %n guest interface(s) still use it; it stays until they are gone</source>
        <translation>
            <numerusform>%1 已不再需要，但仍有 %n 个客户机接口在使用它；在它们消失之前将予以保留</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be stopped: %2</source>
        <translation>无法停止 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be undefined: %2</source>
        <translation>无法取消定义 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: removed (no port on this host uses it)</source>
        <translation>%1：已移除（此主机上没有端口使用它）</translation>
    </message>
</context>
<context>
    <name>sd::NetworkBarItem</name>
    <message>
        <location filename="../views/topology/networkbaritem.cpp" line="+22"/>
        <source>External network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared with every project</source>
        <translation>共享给所有项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subnet</source>
        <translation>无子网</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (external)</source>
        <translation>%1（外部）</translation>
    </message>
</context>
<context>
    <name>sd::NetworkDetailsDialog</name>
    <message>
        <location filename="../views/panels/networkdetailsdialog.cpp" line="+41"/>
        <source>Network Details</source>
        <translation>网络详情</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This network has been deleted.</source>
        <translation>此网络已被删除。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network Details: %1</source>
        <translation>网络详情：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none yet (Subnets › Create Subnet)</source>
        <translation>暂无（子网 › 创建子网）</translation>
    </message>
</context>
<context>
    <name>sd::NetworkModel</name>
    <message>
        <location filename="../views/models/networkmodel.cpp" line="+104"/>
        <source>UP</source>
        <translation>UP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (no gateway)</source>
        <translation>%1（无网关）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, gateway %2</source>
        <translation>%1，网关 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subnet yet: ports on this network get no address (Create Subnet)</source>
        <translation>尚无子网：此网络上的端口不会获得地址（创建子网）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routers take their gateway and floating IPs come from this network</source>
        <translation>路由从此网络获取网关，浮动IP也来自此网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project may attach instances to this network</source>
        <translation>所有项目都可以将云主机连接到此网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created %1, MTU %2</source>
        <translation>创建于 %1，MTU %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnets Associated</source>
        <translation>已连接的子网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
</context>
<context>
    <name>sd::NetworkPage</name>
    <message>
        <location filename="../views/wizards/createnetwork/networkpage.cpp" line="+21"/>
        <source>Enable Admin State</source>
        <translation>启用管理状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Subnet</source>
        <translation>创建子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The largest packet the network carries, in bytes; 1500 for Ethernet.</source>
        <translation>网络可承载的最大数据包，单位为字节；以太网为 1500。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new network. In addition, a subnet associated with the network can be created in the following steps of this wizard.</source>
        <translation>创建一个新网络。此外，还可以在本向导的后续步骤中创建与该网络关联的子网。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. web-tier</source>
        <translation>例如 web-tier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A network whose admin state is down carries no traffic</source>
        <translation>管理状态为 DOWN 的网络不传输任何流量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a subnet, instances on the network get no address</source>
        <translation>没有子网时，网络上的云主机不会获得地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The project that owns the network</source>
        <translation>拥有该网络的项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project *</source>
        <translation>项目 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network Name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every project may attach instances to a shared network</source>
        <translation>所有项目都可以将云主机连接到共享网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routers take their gateway, and floating IPs their addresses, from an external network; it is NAT-forwarded to the hosts&apos; uplink</source>
        <translation>路由从外部网络获取网关，浮动IP从外部网络获取地址；外部网络通过 NAT 转发到主机的上行链路</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Network name</source>
        <translation>网络名称</translation>
    </message>
</context>
<context>
    <name>sd::NetworkRealizer</name>
    <message>
        <location filename="../engine/network/realize/networkrealizer.cpp" line="+80"/>
        <source>Host %1 is down; its networks are realised when it is back</source>
        <translation>主机 %1 已离线；其网络将在主机恢复后实现</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removing networks no port uses</source>
        <translation>正在移除没有端口使用的网络</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NAT rules</source>
        <translation>NAT 规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network filters</source>
        <translation>网络过滤器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to change</source>
        <translation>无需更改</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Networks cannot be realised on the hosts: %1</source>
        <translation>无法在主机上实现网络：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Host %1 is not connected; its networks are realised when it is back</source>
        <translation>主机 %1 未连接；其网络将在主机恢复后实现</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Realise networks on %1</source>
        <translation>在 %1 上实现网络</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Networks on host %1: %2</source>
        <translation>主机 %1 上的网络：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Host %1 is %2; network %3 cannot be created there now</source>
        <translation>主机 %1 处于%2状态；目前无法在该主机上创建网络 %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Host %1 is %2; a port cannot be bound there now</source>
        <translation>主机 %1 处于%2状态；目前无法在该主机上绑定端口</translation>
    </message>
</context>
<context>
    <name>sd::NetworkScope</name>
    <message>
        <location filename="../engine/network/networkscope.cpp" line="+13"/>
        <source>Project %1: only an admin may create resources in another project</source>
        <translation>项目 %1：只有管理员可以在其他项目中创建资源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location filename="../engine/network/networkscope.h" line="+33"/>
        <source>%1 &apos;%2&apos;: not found</source>
        <translation>%1 &apos;%2&apos;：未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 name &apos;%2&apos; is used by %3 resources; give the ID</source>
        <translation>%1 名称 &apos;%2&apos; 被 %3 个资源使用；请指定 ID</translation>
    </message>
</context>
<context>
    <name>sd::NetworkService</name>
    <message>
        <location filename="../engine/network/networkservice.cpp" line="+32"/>
        <source>MTU %1: must be 68 to 9216</source>
        <translation>MTU %1：必须在 68 到 9216 之间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network %1 belongs to project %2; only its members or an admin may change it</source>
        <translation>网络 %1 属于项目 %2；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Network %1: not found</source>
        <translation>网络 %1：未找到</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+60"/>
        <source>Network %1: only an admin may share a network</source>
        <translation>网络 %1：只有管理员可以共享网络</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Network %1: only an admin may make an external network</source>
        <translation>网络 %1：只有管理员可以创建外部网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Network name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+39"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network %1: only an admin may make a network external</source>
        <translation>网络 %1：只有管理员可以将网络设为外部网络</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network %1 carries router gateways or floating IPs; it must stay external</source>
        <translation>网络 %1 承载着路由网关或浮动IP；它必须保持为外部网络</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Network %1 has ports in use: %2; delete them (or remove the router interfaces) first</source>
        <translation>网络 %1 有正在使用的端口：%2；请先删除这些端口（或移除路由接口）</translation>
    </message>
</context>
<context>
    <name>sd::NetworkXml</name>
    <message>
        <location filename="../engine/network/realize/networkxml.cpp" line="+147"/>
        <source>Subnet %1 has no gateway: libvirt serves DHCP only from an address on the bridge, so its ports get no address by DHCP</source>
        <translation>子网 %1 没有网关：libvirt 只能从网桥上的地址提供 DHCP 服务，因此其端口无法通过 DHCP 获得地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnet %1: libvirt serves DHCP on one IPv%2 subnet per network; its ports get no address by DHCP</source>
        <translation>子网 %1：libvirt 在每个网络上只为一个 IPv%2 子网提供 DHCP 服务；其端口无法通过 DHCP 获得地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subnet %1: DHCPv6 leases come from the allocation pools; libvirt cannot pin an IPv6 address to a MAC</source>
        <translation>子网 %1：DHCPv6 租约来自分配池；libvirt 无法将 IPv6 地址固定到 MAC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network %1 has no IPv4 subnet with a gateway, so it is not NAT-forwarded</source>
        <translation>网络 %1 没有带网关的 IPv4 子网，因此不会进行 NAT 转发</translation>
    </message>
</context>
<context>
    <name>sd::NetworksPage</name>
    <message>
        <location filename="../views/wizards/launch/networkspage.cpp" line="+14"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks provide the communication channels for instances in the cloud. Check the networks to plug the instance into; the first checked is its first NIC (eth0).</source>
        <translation>网络为云中的云主机提供通信通道。勾选要连接云主机的网络；勾选的第一个网络即为其第一个网卡（eth0）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <location line="+1"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subnets Associated</source>
        <translation>已关联子网</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected network earlier in the NIC order</source>
        <translation>将所选网络在网卡顺序中上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected network later in the NIC order</source>
        <translation>将所选网络在网卡顺序中下移</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network %1 is down (admin state)</source>
        <translation>网络 %1 已停用（管理状态）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network %1 has no subnet: an instance there would get no address</source>
        <translation>网络 %1 没有子网：连接到该网络的云主机将得不到地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greyed out:
%1</source>
        <translation>灰色显示：
%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No network checked: choose a port on the next step, or check a network here.</source>
        <translation>未勾选网络：请在下一步中选择一个端口，或在此处勾选一个网络。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a checked network and use Up or Down to change the NIC order.</source>
        <translation>选择一个已勾选的网络，使用“上移”或“下移”更改网卡顺序。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check at least one network</source>
        <translation>请至少勾选一个网络</translation>
    </message>
</context>
<context>
    <name>sd::NetworksPanel</name>
    <message>
        <location filename="../views/panels/networkspanel.cpp" line="+18"/>
        <source>Admin › Network</source>
        <translation>管理员 › 网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Network</source>
        <translation>项目 › 网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>sd::NotificationBanner</name>
    <message>
        <location filename="../views/widgets/notificationbanner.cpp" line="+29"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>sd::NwfilterXml</name>
    <message>
        <location filename="../engine/network/realize/nwfilterxml.cpp" line="+215"/>
        <source>Security group %1, rule %2: protocol %3 cannot be expressed as a libvirt network filter rule; the rule allows nothing on real hosts</source>
        <translation>安全组 %1，规则 %2：协议 %3 无法表示为 libvirt 网络过滤器规则；该规则在真实主机上不允许任何流量</translation>
    </message>
</context>
<context>
    <name>sd::OpenSshPrivateKey</name>
    <message>
        <location filename="../engine/compute/opensshprivatekey.cpp" line="+62"/>
        <location line="+23"/>
        <source>The new RSA key could not be read back for OpenSSH&apos;s format</source>
        <translation>无法将新 RSA 密钥读回为 OpenSSH 格式</translation>
    </message>
</context>
<context>
    <name>sd::PasswordPair</name>
    <message numerus="yes">
        <location filename="../views/widgets/passwordpair.cpp" line="+18"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sd::Policy</name>
    <message>
        <location filename="../engine/identity/policy.cpp" line="+107"/>
        <source>%1: you are not logged in</source>
        <translation>%1：您尚未登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no policy rule allows this action</source>
        <translation>%1：没有允许此操作的策略规则</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not allowed for user %2 in project %3</source>
        <translation>%1：不允许项目 %3 中的用户 %2 执行此操作</translation>
    </message>
</context>
<context>
    <name>sd::PortActions</name>
    <message>
        <location filename="../views/panels/portactions.cpp" line="+20"/>
        <source>Create Port…</source>
        <translation>创建端口…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Port…</source>
        <translation>编辑端口…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Delete Port…</source>
        <translation>删除端口…</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Network %1 has no subnet yet, so a port would get no address; create a subnet first</source>
        <translation>网络 %1 尚无子网，因此端口不会获得地址；请先创建子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network %1 belongs to project %2 and is not shared; only that project may add ports to it</source>
        <translation>网络 %1 属于项目 %2 且未共享；只有该项目可以向其添加端口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is a router&apos;s %2; change it from Project › Network › Routers</source>
        <translation>端口 %1 是路由的%2；请在“项目 › 网络 › 路由”中修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port %1 belongs to %2 and is managed by the engine</source>
        <translation>端口 %1 属于 %2，由引擎管理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port %1 belongs to another project; only its members or an administrator may change it</source>
        <translation>端口 %1 属于其他项目；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make a port on this network: an address kept for an instance to attach later</source>
        <translation>在此网络上创建端口：保留一个地址，供云主机以后连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the name, admin state, port security or security groups of the selected port</source>
        <translation>修改所选端口的名称、管理状态、端口安全或安全组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Ports…</source>
        <translation>删除端口…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected ports and release their addresses</source>
        <translation>删除所选端口并释放其地址</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+12"/>
        <source>Delete Port</source>
        <translation>删除端口</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Delete Ports</source>
        <translation>删除端口</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete port %1?</source>
        <translation>删除端口 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 ports: %2?</source>
        <translation>删除 %1 个端口：%2？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their addresses are released. An instance using one of them loses that interface. This cannot be undone.</source>
        <translation>它们的地址将被释放。使用其中某个端口的云主机将失去对应的网络接口。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Router and engine ports among the selection are kept.</source>
        <translation>所选项中的路由端口和引擎端口将被保留。</translation>
    </message>
</context>
<context>
    <name>sd::PortDialog</name>
    <message>
        <location filename="../views/dialogs/portdialog.cpp" line="+25"/>
        <source>Edit Port %1</source>
        <translation>编辑端口 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Port on Network %1</source>
        <translation>在网络 %1 上创建端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable Admin State</source>
        <translation>启用管理状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port Security</source>
        <translation>端口安全</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ports hold an instance&apos;s addresses on a network. The addresses and the MAC address stay as allocated.</source>
        <translation>端口保存云主机在网络上的地址。地址和 MAC 地址保持分配时的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A port keeps an address on this network for an instance to use later. Leave the address empty and one is taken from the subnet&apos;s allocation pools.</source>
        <translation>端口在此网络上为云主机保留一个地址，供以后使用。地址留空时，将从子网的分配池中获取一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Off: no security group filters this port&apos;s traffic, and no anti-spoofing</source>
        <translation>关闭：没有安全组过滤此端口的流量，也没有防欺骗保护</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any subnet of the network</source>
        <translation>网络的任意子网</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty: the next free address of the subnet</source>
        <translation>为空：子网中下一个空闲地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Fixed IP Address</source>
        <translation>固定 IP 地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: generated (fa:16:3e:…)</source>
        <translation>为空：自动生成（fa:16:3e:…）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>MAC Address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fixed IPs</source>
        <translation>固定 IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Security groups need Port Security</source>
        <translation>安全组需要启用端口安全</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Port name</source>
        <translation>端口名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed IP Address %1: not an IPv4 or IPv6 address</source>
        <translation>固定 IP 地址 %1：不是有效的 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fixed IP Address %1 is in none of network %2&apos;s subnets</source>
        <translation>固定 IP 地址 %1 不在网络 %2 的任何子网中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed IP Address %1 is outside subnet %2 (%3)</source>
        <translation>固定 IP 地址 %1 不在子网 %2（%3）内</translation>
    </message>
</context>
<context>
    <name>sd::PortLinkItem</name>
    <message>
        <location filename="../views/topology/portlinkitem.cpp" line="+20"/>
        <source>External gateway %1</source>
        <translation>外部网关 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1
%2</source>
        <translation>端口 %1
%2</translation>
    </message>
</context>
<context>
    <name>sd::PortModel</name>
    <message>
        <location filename="../views/models/portmodel.cpp" line="+73"/>
        <source>External Gateway</source>
        <translation>外部网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal Interface</source>
        <translation>内部接口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Detached</source>
        <translation>已分离</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not bound to a host: the instance using this port is not running</source>
        <translation>未绑定到主机：使用此端口的云主机未在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not bound to a host</source>
        <translation>未绑定到主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound to host %1</source>
        <translation>已绑定到主机 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed IPs</source>
        <translation>固定 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC Address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached Device</source>
        <translation>连接的设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
</context>
<context>
    <name>sd::PortService</name>
    <message>
        <location filename="../engine/network/portservice.cpp" line="+37"/>
        <source>Subnet &apos;%1&apos; is not on network %2</source>
        <translation>子网 &apos;%1&apos; 不在网络 %2 上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fixed IP &apos;%1&apos;: not an IP address</source>
        <translation>固定 IP &apos;%1&apos;：不是有效的 IP 地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed IP %1 is in none of network %2&apos;s subnets</source>
        <translation>固定 IP %1 不在网络 %2 的任何子网中</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Port %1: security groups need port security; enable it or give no groups</source>
        <translation>端口 %1：安全组需要端口安全；请启用端口安全或不指定安全组</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>MAC address &apos;%1&apos;: use six hex pairs, such as fa:16:3e:12:34:56</source>
        <translation>MAC 地址 &apos;%1&apos;：请使用六组十六进制数，例如 fa:16:3e:12:34:56</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC address %1 is a multicast address</source>
        <translation>MAC 地址 %1 是组播地址</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+156"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+183"/>
        <source>Port name</source>
        <translation>端口名称</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>MAC address %1 is already used on network %2</source>
        <translation>MAC 地址 %1 已在网络 %2 上被使用</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Network &apos;%1&apos;: not found</source>
        <translation>网络 &apos;%1&apos;：未找到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Port %1: not found</source>
        <translation>端口 %1：未找到</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Network %1 is external: its addresses go to router gateways and floating IPs</source>
        <translation>网络 %1 是外部网络：其地址用于路由网关和浮动IP</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Port %1 belongs to router %2; remove the router&apos;s interface or gateway instead</source>
        <translation>端口 %1 属于路由 %2；请改为移除路由的接口或网关</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port %1 holds a floating IP; release the floating IP instead</source>
        <translation>端口 %1 持有一个浮动IP；请改为释放该浮动IP</translation>
    </message>
</context>
<context>
    <name>sd::PortsPage</name>
    <message>
        <location filename="../views/wizards/launch/portspage.cpp" line="+11"/>
        <source>Network Ports</source>
        <translation>网络端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports provide extra communication channels to your instances. Choose existing ports of the project; each becomes a NIC after the networks of the previous step.</source>
        <translation>端口为您的云主机提供额外的通信通道。请选择项目中已有的端口；每个端口将在上一步的网络之后成为一个网卡。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no unused port. Ports are made in a network&apos;s details (Project › Network › Networks).</source>
        <translation>项目没有未使用的端口。端口在网络详情中创建（项目 › 网络 › 网络）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The instance needs a NIC: check a network on the Networks step or a port here</source>
        <translation>云主机需要一个网卡：请在“网络”步骤中勾选一个网络，或在此处选择一个端口</translation>
    </message>
</context>
<context>
    <name>sd::PrivateKeyDialog</name>
    <message>
        <location filename="../views/dialogs/privatekeydialog.cpp" line="+21"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private Key of %1</source>
        <translation>%1 的私钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key pair %1 was created. This is its private key: save it now. It is shown only this once; StackDesk does not keep a copy and cannot show it again. Without it you cannot log in to instances launched with this key pair.</source>
        <translation>密钥对 %1 已创建。这是它的私钥：请立即保存。它只显示这一次；StackDesk 不保留副本，也无法再次显示。没有它，您将无法登录使用此密钥对启动的云主机。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use it with: ssh -i %1.pem USER@INSTANCE-ADDRESS (the file must be readable by you only, mode 0600; Save… writes it so).</source>
        <translation>使用方法：ssh -i %1.pem USER@INSTANCE-ADDRESS（该文件必须仅您可读，权限 0600；“保存…”会按此方式写入）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copied to the clipboard. Paste it into a file only you can read.</source>
        <translation>已复制到剪贴板。请将其粘贴到仅您可读的文件中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Private Key</source>
        <translation>保存私钥</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved to %1 (readable by you only).</source>
        <translation>已保存到 %1（仅您可读）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close Without Saving?</source>
        <translation>不保存就关闭？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have neither saved nor copied the private key of %1. Once this window closes it is gone for good, and you will need a new key pair.</source>
        <translation>您既未保存也未复制 %1 的私钥。此窗口关闭后它将永久丢失，您将需要一个新的密钥对。</translation>
    </message>
</context>
<context>
    <name>sd::PrivateKeyFile</name>
    <message>
        <location filename="../engine/compute/privatekeyfile.cpp" line="+15"/>
        <source>Private key file &apos;%1&apos;: already exists; choose a new file (it is never overwritten)</source>
        <translation>私钥文件 &apos;%1&apos;：已存在；请选择一个新文件（已有文件永远不会被覆盖）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private key file &apos;%1&apos;: folder %2 does not exist</source>
        <translation>私钥文件 &apos;%1&apos;：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private key file &apos;%1&apos;: cannot replace it</source>
        <translation>私钥文件 &apos;%1&apos;：无法替换</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Private key file &apos;%1&apos;: cannot create it: %2</source>
        <translation>私钥文件 &apos;%1&apos;：无法创建：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private key file &apos;%1&apos;: cannot write it: %2</source>
        <translation>私钥文件 &apos;%1&apos;：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>sd::ProjectActions</name>
    <message>
        <location filename="../views/panels/projectactions.cpp" line="+21"/>
        <source>Create Project…</source>
        <translation>创建项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage Members…</source>
        <translation>管理成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify Quotas…</source>
        <translation>修改配额…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Project…</source>
        <translation>编辑项目…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable Project</source>
        <translation>启用项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Project</source>
        <translation>禁用项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Project…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set as Active Project</source>
        <translation>设为当前项目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a project with its members and groups</source>
        <translation>创建项目及其成员和用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give or take roles of users and groups on the selected project</source>
        <translation>为所选项目上的用户和用户组授予或撤销角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the limits of the selected project</source>
        <translation>修改所选项目的限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, description or enabled state of the selected project</source>
        <translation>修改所选项目的名称、描述或启用状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let users log in to the selected projects again</source>
        <translation>允许用户重新登录所选项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep users from logging in to the selected projects</source>
        <translation>阻止用户登录所选项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected projects; a project that still owns resources is refused</source>
        <translation>删除所选项目；仍拥有资源的项目将被拒绝删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Work in the selected project (you need a role on it)</source>
        <translation>在所选项目中工作（您需要在该项目上拥有角色）</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Members…</source>
        <translation>成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas…</source>
        <translation>配额…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Active</source>
        <translation>设为当前</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>You are working in this project already</source>
        <translation>您已在此项目中工作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You hold no role on this project; give yourself one with Manage Members</source>
        <translation>您在此项目上没有任何角色；请通过“管理成员”为自己授予角色</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Quotas of project %1 saved. Below what the project uses now: %2. New resources of those kinds will be refused until usage drops.</source>
        <translation>项目 %1 的配额已保存。以下限额低于项目当前用量：%2。在用量降低之前，将拒绝创建这些类型的新资源。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete project %1?</source>
        <translation>删除项目 %1？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n projects: %1?</source>
        <translation>
            <numerusform>删除 %n 个项目：%1？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The projects&apos; role assignments and quotas go with them. A project that still owns resources, the project you work in and the last administrator&apos;s project are refused. This cannot be undone.</source>
        <translation>项目的角色分配和配额将一并删除。仍拥有资源的项目、您当前工作的项目以及最后一个管理员所在的项目将被拒绝删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectForm</name>
    <message>
        <location filename="../views/dialogs/projectform.cpp" line="+16"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users cannot log in to a disabled project</source>
        <translation>用户无法登录已禁用的项目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project description</source>
        <translation>项目描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project name &apos;%1&apos; is already used; choose another name</source>
        <translation>项目名称 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
</context>
<context>
    <name>sd::ProjectGroupsPage</name>
    <message>
        <location filename="../views/wizards/createproject/projectgroupspage.cpp" line="+11"/>
        <source>All Groups</source>
        <translation>所有用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Project Groups</source>
        <translation>项目用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the groups whose members work in the project and the roles they hold there.</source>
        <translation>选择其成员在此项目中工作的用户组，以及他们在项目中拥有的角色。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectInfoPage</name>
    <message>
        <location filename="../views/wizards/createproject/projectinfopage.cpp" line="+15"/>
        <source>Project Information</source>
        <translation>项目信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a project to organise users and resources; members, groups and quotas can be changed later.</source>
        <translation>创建项目以组织用户和资源；成员、用户组和配额可在之后修改。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Next and Finish are disabled: %1</source>
        <translation>“下一步”和“完成”不可用：%1</translation>
    </message>
</context>
<context>
    <name>sd::ProjectMemberPicker</name>
    <message>
        <location filename="../views/widgets/projectmemberpicker.cpp" line="+20"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to add</source>
        <translation>双击以添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the selected entries to the project, with the default role</source>
        <translation>将所选条目以默认角色添加到项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected members off the project</source>
        <translation>将所选成员从项目中移除</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::ProjectMembersDialog</name>
    <message>
        <location filename="../views/dialogs/projectmembersdialog.cpp" line="+23"/>
        <source>All Users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Project Members</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>All Groups</source>
        <translation>所有用户组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Project Groups</source>
        <translation>项目用户组</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Manage Members: %1</source>
        <translation>管理成员：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Give %1 role %2: %3</source>
        <translation>授予 %1 角色 %2：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take role %2 from %1: %3</source>
        <translation>撤销 %1 的角色 %2：%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Some changes were not made:
%1</source>
        <translation>部分更改未能完成：
%1</translation>
    </message>
</context>
<context>
    <name>sd::ProjectMembersPage</name>
    <message>
        <location filename="../views/wizards/createproject/projectmemberspage.cpp" line="+11"/>
        <source>All Users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Project Members</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the users who work in the project and the roles they hold there.</source>
        <translation>选择在此项目中工作的用户，以及他们在项目中拥有的角色。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectModel</name>
    <message>
        <location filename="../views/models/projectmodel.cpp" line="+121"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
</context>
<context>
    <name>sd::ProjectPicker</name>
    <message>
        <location filename="../views/widgets/projectpicker.cpp" line="+16"/>
        <source>Add ›</source>
        <translation>添加 ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Remove</source>
        <translation>‹ 移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the selected projects access</source>
        <translation>为所选项目授予访问权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take access away from the selected projects</source>
        <translation>收回所选项目的访问权限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to add</source>
        <translation>双击以添加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click to remove</source>
        <translation>双击以移除</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 (disabled)</source>
        <translation>%1（已禁用）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::ProjectQuotasDialog</name>
    <message>
        <location filename="../views/dialogs/projectquotasdialog.cpp" line="+16"/>
        <source>Modify Quotas: %1</source>
        <translation>修改配额：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits for project %1. Unlimited (-1) sets no limit. A limit below what the project uses now is allowed; new resources are then refused until usage drops.</source>
        <translation>项目 %1 的限额。“无限制”（-1）表示不设限额。限额可以低于项目当前用量；此后在用量降低之前，将拒绝创建新资源。</translation>
    </message>
</context>
<context>
    <name>sd::ProjectRoleCombo</name>
    <message>
        <location filename="../views/widgets/projectrolecombo.cpp" line="+31"/>
        <source>Roles held on the project; pick one or more</source>
        <translation>在项目上拥有的角色；可选择一个或多个</translation>
    </message>
</context>
<context>
    <name>sd::ProjectService</name>
    <message>
        <location filename="../engine/identity/projectservice.cpp" line="+86"/>
        <location line="+45"/>
        <location line="+54"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+38"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+41"/>
        <source>Project description</source>
        <translation>项目描述</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+50"/>
        <source>Project name &apos;%1&apos; is already used; choose another name</source>
        <translation>项目名称 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Project %1 is the one you are working in; switch to another project before disabling it</source>
        <translation>项目 %1 是您当前工作的项目；请先切换到其他项目再禁用它</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disable project %1</source>
        <translation>禁用项目 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Project %1 is the one you are working in; switch to another project before deleting it</source>
        <translation>项目 %1 是您当前工作的项目；请先切换到其他项目再删除它</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Project %1 still owns resources (%2); delete them first</source>
        <translation>项目 %1 仍拥有资源（%2）；请先删除这些资源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete project %1</source>
        <translation>删除项目 %1</translation>
    </message>
</context>
<context>
    <name>sd::ProjectsPanel</name>
    <message>
        <location filename="../views/panels/projectspanel.cpp" line="+19"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>sd::PropertyLines</name>
    <message>
        <location filename="../views/dialogs/propertylines.cpp" line="+20"/>
        <source>Metadata line %1: write key=value, e.g. os_distro=debian</source>
        <translation>元数据第 %1 行：请写成 key=value，例如 os_distro=debian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metadata line %1: %2 has its own field above</source>
        <translation>元数据第 %1 行：%2 在上方有单独的字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata line %1: %2 is given twice</source>
        <translation>元数据第 %1 行：%2 重复指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata line %1: %2</source>
        <translation>元数据第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>sd::QuotaEditor</name>
    <message>
        <location filename="../views/widgets/quotaeditor.cpp" line="+35"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2); the lowest value, -1, means no limit</source>
        <translation>%1（%2）；最小值 -1 表示不设限额</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 in use: above this limit</source>
        <translation>已使用 %1：超出此限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in use</source>
        <translation>已使用 %1</translation>
    </message>
</context>
<context>
    <name>sd::QuotaLabels</name>
    <message>
        <location filename="../views/models/quotalabels.cpp" line="+15"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM (MB)</source>
        <translation>内存（MB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Pairs</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server Groups</source>
        <translation>云主机组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server Group Members</source>
        <translation>云主机组成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata Items</source>
        <translation>元数据条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Snapshots</source>
        <translation>卷快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total Size of Volumes and Snapshots (GiB)</source>
        <translation>卷及快照总大小（GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Backups</source>
        <translation>卷备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routers</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating IPs</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Group Rules</source>
        <translation>安全组规则</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
</context>
<context>
    <name>sd::QuotaModel</name>
    <message>
        <location filename="../views/models/quotamodel.cpp" line="+74"/>
        <source>Quota Name</source>
        <translation>配额名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
</context>
<context>
    <name>sd::QuotaService</name>
    <message>
        <location filename="../engine/quota/quotaservice.cpp" line="+36"/>
        <source>Quota: no limit given; name at least one resource</source>
        <translation>配额：未指定限额；请至少指定一种资源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quota: unknown resource &apos;%1&apos;</source>
        <translation>配额：未知资源 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quota %1 %2: must be -1 (unlimited) or 0 or more</source>
        <translation>配额 %1 %2：必须为 -1（无限制）或大于或等于 0</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Quota exceeded for %1: requested %2%5, %3%5 in use, limit %4%5; ask an administrator to raise the project&apos;s quota</source>
        <translation>%1 超出配额：请求 %2%5，已使用 %3%5，限额 %4%5；请联系管理员提高该项目的配额</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+38"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: limit %2 is below the %3 in use</source>
        <translation>%1：限额 %2 低于已使用的 %3</translation>
    </message>
</context>
<context>
    <name>sd::RamFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="-45"/>
        <source>%1 has %2 MB free, needs %3 MB</source>
        <translation>%1 有 %2 MB 空闲内存，需要 %3 MB</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="-27"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>sd::RebuildInstanceDialog</name>
    <message>
        <location filename="../views/dialogs/instance/rebuildinstancedialog.cpp" line="+17"/>
        <source>Rebuild Instance %1</source>
        <translation>重建云主机 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The instance gets a new root disk made from the image you choose and boots it. Everything on the old root disk is lost; the name, ports, IP addresses, flavor and host stay.</source>
        <translation>云主机将获得一个由您所选镜像创建的新根磁盘，并从该磁盘启动。旧根磁盘上的所有内容都将丢失；名称、端口、IP 地址、云主机类型和主机保持不变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select Image *</source>
        <translation>选择镜像 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild Password</source>
        <translation>重建密码</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Select Image: there is no active image to rebuild from</source>
        <translation>选择镜像：没有可用于重建的活动镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image %1 needs at least %2 MB of RAM; flavor %3 has %4 MB</source>
        <translation>镜像 %1 至少需要 %2 MB 内存；云主机类型 %3 只有 %4 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image %1 needs a root disk of at least %2 GB; flavor %3 has %4 GB</source>
        <translation>镜像 %1 需要至少 %2 GB 的根磁盘；云主机类型 %3 只有 %4 GB</translation>
    </message>
</context>
<context>
    <name>sd::RescueInstanceDialog</name>
    <message>
        <location filename="../views/dialogs/instance/rescueinstancedialog.cpp" line="+16"/>
        <source>Rescue Instance %1</source>
        <translation>救援云主机 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instance is shut down and boots from a fresh disk of the rescue image, with its own root disk attached as the second disk, so you can repair it. Unrescue boots it from its own disk again and removes the rescue disk.</source>
        <translation>云主机将被关机，并从由救援镜像新建的磁盘启动，其自身的根磁盘作为第二块磁盘挂载，以便您进行修复。取消救援会让它重新从自身磁盘启动，并移除救援磁盘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instance&apos;s own image (%1)</source>
        <translation>云主机自身的镜像（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Image</source>
        <translation>选择镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>sd::ResizeInstanceDialog</name>
    <message numerus="yes">
        <location filename="../views/dialogs/instance/resizeinstancedialog.cpp" line="+19"/>
        <source>%n vCPU(s), %1 RAM, %2 root disk, %3 ephemeral</source>
        <translation>
            <numerusform>%n 个 vCPU，%1 内存，%2 根磁盘，%3 临时磁盘</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 used after the resize (no limit)</source>
        <translation>%1：调整大小后已用 %2（无限制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3%4 used after the resize</source>
        <translation>%1：调整大小后已用 %2 / %3%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resize Instance %1</source>
        <translation>调整云主机 %1 的大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The instance moves to the new flavor: it is shut down, may move to another host, and boots with the new vCPUs and RAM; its root disk grows if the flavor&apos;s is larger. Then it waits in VERIFY_RESIZE until you confirm the resize or revert it.</source>
        <translation>云主机将更换为新的云主机类型：它将被关机，可能移动到另一台主机，并以新的 vCPU 和内存启动；如果新云主机类型的根磁盘更大，其根磁盘将随之扩展。之后它将处于 VERIFY_RESIZE 状态，直到您确认或还原调整大小。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Old Flavor</source>
        <translation>旧云主机类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Flavor *</source>
        <translation>新云主机类型 *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flavor Details</source>
        <translation>云主机类型详情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project Limits</source>
        <translation>项目限额</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Flavor: there is no other flavor to resize to</source>
        <translation>新云主机类型：没有其他可调整到的云主机类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flavor %1 has a %2 GB root disk, smaller than the instance&apos;s %3 GB: a disk cannot shrink</source>
        <translation>云主机类型 %1 的根磁盘为 %2 GB，小于云主机的 %3 GB：磁盘无法缩小</translation>
    </message>
</context>
<context>
    <name>sd::RestoreBackupDialog</name>
    <message>
        <location filename="../views/dialogs/restorebackupdialog.cpp" line="+16"/>
        <source>Restore Backup %1</source>
        <translation>恢复备份 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Backup to Volume</source>
        <translation>将备份恢复到卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the backup&apos;s %1 GiB into a new volume, or into an available volume of the same project that is at least as large. Restoring into an existing volume replaces all of its data.</source>
        <translation>将备份的 %1 GiB 数据恢复到新卷，或恢复到同一项目中至少同样大小的可用卷。恢复到现有卷将替换其全部数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 GiB, of volume %3)</source>
        <translation>%1（%2 GiB，来自卷 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a New Volume</source>
        <translation>创建新卷</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1（%2 GiB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Volume</source>
        <translation>选择卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>New Volume Name</source>
        <translation>新卷名称</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Backup %1 is not available yet</source>
        <translation>备份 %1 尚不可用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select Volume: choose a volume</source>
        <translation>选择卷：请选择一个卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 has %2 GiB: the backup needs at least %3 GiB</source>
        <translation>卷 %1 为 %2 GiB：该备份至少需要 %3 GiB</translation>
    </message>
</context>
<context>
    <name>sd::RetypeVolumeDialog</name>
    <message>
        <location filename="../views/dialogs/retypevolumedialog.cpp" line="+15"/>
        <source>Change Volume Type of %1</source>
        <translation>更改 %1 的卷类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Volume Type</source>
        <translation>更改卷类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A volume type is a storage backend. With the migration policy On Demand, a volume whose new type keeps its data in another pool is copied there; with Never, such a change is refused.</source>
        <translation>卷类型即存储后端。迁移策略为“按需”时，如果新类型将数据保存在另一个存储池中，卷会被复制过去；为“从不”时，此类更改将被拒绝。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a new volume type</source>
        <translation>选择新的卷类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No other volume types available</source>
        <translation>没有其他可用的卷类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Type</source>
        <translation>当前类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type *</source>
        <translation>类型 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Policy</source>
        <translation>迁移策略</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the new volume type.</source>
        <translation>请选择新的卷类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no other volume type to change to.</source>
        <translation>没有可更改为的其他卷类型。</translation>
    </message>
</context>
<context>
    <name>sd::RoleAssignmentModel</name>
    <message>
        <location filename="../views/models/roleassignmentmodel.cpp" line="+87"/>
        <source>Also given to the user directly</source>
        <translation>也已直接授予该用户</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>via Group</source>
        <translation>通过用户组</translation>
    </message>
</context>
<context>
    <name>sd::RoleModel</name>
    <message>
        <location filename="../views/models/rolemodel.cpp" line="+41"/>
        <source>admin, member and reader come with StackDesk and cannot be deleted</source>
        <translation>admin、member 和 reader 是 StackDesk 自带的角色，无法删除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Role Name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role ID</source>
        <translation>角色 ID</translation>
    </message>
</context>
<context>
    <name>sd::RoleService</name>
    <message>
        <location filename="../engine/identity/roleservice.cpp" line="+39"/>
        <source>Role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role name &apos;%1&apos; is already used</source>
        <translation>角色名称 &apos;%1&apos; 已被使用</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+27"/>
        <source>Role &apos;%1&apos;: no such role</source>
        <translation>角色 &apos;%1&apos;：不存在该角色</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Role %1 is built in (admin, member, reader) and cannot be deleted</source>
        <translation>角色 %1 是内置角色（admin、member、reader），无法删除</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 &apos;%2&apos;: not found</source>
        <translation>%1 &apos;%2&apos;：未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+127"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+23"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1 has no role %2 on project %3</source>
        <translation>用户 %1 在项目 %3 上没有角色 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove role admin: you cannot remove your own admin role; ask another administrator</source>
        <translation>移除 admin 角色：您不能移除自己的 admin 角色；请联系其他管理员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove role %1 from user %2</source>
        <translation>移除用户 %2 的角色 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove role %1 from group %2</source>
        <translation>移除用户组 %2 的角色 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User &apos;%1&apos;: no such user</source>
        <translation>用户 &apos;%1&apos;：不存在该用户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>role_assignment:list: you may list only your own roles in project %1</source>
        <translation>role_assignment:list：您只能列出自己在项目 %1 中的角色</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Role assignments: the query failed</source>
        <translation>角色分配：查询失败</translation>
    </message>
</context>
<context>
    <name>sd::RolesPanel</name>
    <message>
        <location filename="../views/panels/rolespanel.cpp" line="+20"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create Role…</source>
        <translation>创建角色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Role…</source>
        <translation>删除角色…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a role that can be given to users and groups on projects</source>
        <translation>创建可在项目上授予用户和用户组的角色</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Built-in roles (admin, member, reader) cannot be deleted</source>
        <translation>内置角色（admin、member、reader）无法删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected roles and every assignment of them</source>
        <translation>删除所选角色及其所有分配</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Delete Role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Delete Roles</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete role %1?</source>
        <translation>删除角色 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 roles: %2?</source>
        <translation>删除 %1 个角色：%2？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users and groups that hold it lose it on every project.</source>
        <translation>拥有该角色的用户和用户组将在所有项目上失去该角色。</translation>
    </message>
</context>
<context>
    <name>sd::RootDiskSnapshot</name>
    <message>
        <location filename="../engine/compute/instance/rootdisksnapshot.cpp" line="+21"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The root disk %1 is not on the host</source>
        <translation>根磁盘 %1 不在主机上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root disk %1 cannot be read</source>
        <translation>无法读取根磁盘 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain %1 cannot be saved for the snapshot</source>
        <translation>无法为快照保存虚拟机 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The root disk cannot be copied</source>
        <translation>无法复制根磁盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domain %1 could not be started again after the snapshot</source>
        <translation>快照完成后无法重新启动虚拟机 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Volume %1 is not on the host</source>
        <translation>卷 %1 不在主机上</translation>
    </message>
</context>
<context>
    <name>sd::RouterActions</name>
    <message>
        <location filename="../views/panels/routeractions.cpp" line="+22"/>
        <source>Create Router…</source>
        <translation>创建路由…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Details</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Gateway…</source>
        <translation>设置网关…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear Gateway…</source>
        <translation>清除网关…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Router…</source>
        <translation>编辑路由…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>Delete Router…</source>
        <translation>删除路由…</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Create a router to connect subnets with each other and the outside</source>
        <translation>创建路由，将子网彼此连接并连接到外部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The router&apos;s interfaces</source>
        <translation>路由的接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Router %1 belongs to project %2; only its members or an administrator may change it</source>
        <translation>路由 %1 属于项目 %2；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the router an address on an external network, so its subnets reach outside</source>
        <translation>为路由分配外部网络上的地址，使其子网可以访问外部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Router %1 has no gateway</source>
        <translation>路由 %1 没有网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release the router&apos;s external address; refused while floating IPs use the router</source>
        <translation>释放路由的外部地址；有浮动IP使用该路由时会被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the router&apos;s name or admin state</source>
        <translation>修改路由的名称或管理状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Routers…</source>
        <translation>删除路由…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected routers; refused while a router has interfaces (remove them first)</source>
        <translation>删除所选路由；路由仍有接口时会被拒绝（请先移除接口）</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+9"/>
        <source>Clear Gateway</source>
        <translation>清除网关</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Clear the gateway of router %1?</source>
        <translation>清除路由 %1 的网关？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The router&apos;s subnets can no longer reach external network %1. Refused while floating IPs reach instances through this router.</source>
        <translation>该路由的子网将无法再访问外部网络 %1。有浮动IP通过此路由到达云主机时会被拒绝。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+9"/>
        <source>Delete Router</source>
        <translation>删除路由</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Delete Routers</source>
        <translation>删除路由</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete router %1?</source>
        <translation>删除路由 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 routers: %2?</source>
        <translation>删除 %1 个路由：%2？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway goes with the router. A router that still has interfaces is not deleted: remove them in its details first. This cannot be undone.</source>
        <translation>网关随路由一起删除。仍有接口的路由不会被删除：请先在其详情中移除接口。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::RouterDetailsDialog</name>
    <message>
        <location filename="../views/panels/routerdetailsdialog.cpp" line="+29"/>
        <source>Router Details</source>
        <translation>路由详情</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This router has been deleted.</source>
        <translation>此路由已被删除。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External Fixed IPs</source>
        <translation>外部固定 IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SNAT</source>
        <translation>SNAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Router Details: %1</source>
        <translation>路由详情：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none (Set Gateway on the Routers panel)</source>
        <translation>无（在“路由”面板中设置网关）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
</context>
<context>
    <name>sd::RouterDialog</name>
    <message>
        <location filename="../views/dialogs/routerdialog.cpp" line="+18"/>
        <source>Edit Router %1</source>
        <translation>编辑路由 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Create Router</source>
        <translation>创建路由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable Admin State</source>
        <translation>启用管理状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may update the editable properties of your router here.</source>
        <translation>您可以在此更新路由的可编辑属性。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A router connects the subnets you add to it as interfaces, and, with a gateway on an external network, lets them reach outside and receive floating IPs.</source>
        <translation>路由连接您以接口形式添加到其上的子网；在外部网络上设置网关后，这些子网即可访问外部并接收浮动IP。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A router whose admin state is down forwards nothing</source>
        <translation>管理状态为 DOWN 的路由不转发任何流量</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project *</source>
        <translation>项目 *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Router Name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: no gateway</source>
        <translation>无：没有网关</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The external network the router&apos;s gateway takes an address from</source>
        <translation>路由网关从中获取地址的外部网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Router name: required</source>
        <translation>路由名称：必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router name</source>
        <translation>路由名称</translation>
    </message>
</context>
<context>
    <name>sd::RouterGatewayDialog</name>
    <message>
        <location filename="../views/dialogs/routergatewaydialog.cpp" line="+15"/>
        <source>Set Gateway of Router %1</source>
        <translation>设置路由 %1 的网关</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set Gateway</source>
        <translation>设置网关</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The router takes an address on the external network: its subnets reach outside through it (SNAT), and floating IPs of that network reach their instances through it.</source>
        <translation>路由会在外部网络上获取一个地址：其子网通过它访问外部（SNAT），该网络的浮动IP也通过它到达各自的云主机。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Router Name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External Network *</source>
        <translation>外部网络 *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no external network; an administrator makes one in Admin › Network › Networks</source>
        <translation>没有外部网络；管理员可以在“管理员 › 网络 › 网络”中创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Router %1&apos;s gateway is already on %2</source>
        <translation>路由 %1 的网关已在 %2 上</translation>
    </message>
</context>
<context>
    <name>sd::RouterInterfaceActions</name>
    <message>
        <location filename="../views/panels/routerinterfaceactions.cpp" line="+20"/>
        <source>Add Interface…</source>
        <translation>增加接口…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Delete Interface…</source>
        <translation>删除接口…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Router %1 belongs to project %2; only its members or an administrator may change it</source>
        <translation>路由 %1 属于项目 %2；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connect a subnet to the router: it takes the subnet&apos;s gateway address</source>
        <translation>将子网连接到路由：路由将使用子网的网关地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port %1 is the router&apos;s external gateway; use Clear Gateway on the router instead</source>
        <translation>端口 %1 是路由的外部网关；请改为对路由使用“清除网关”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Interfaces…</source>
        <translation>删除接口…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect the selected subnets from the router</source>
        <translation>将所选子网与路由断开连接</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Delete Interface</source>
        <translation>删除接口</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>Delete Interfaces</source>
        <translation>删除接口</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Delete interface %1 from router %2?</source>
        <translation>从路由 %2 删除接口 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 interfaces from router %2: %3?</source>
        <translation>从路由 %2 删除 %1 个接口：%3？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instances on the subnet lose their route through this router: to other subnets and, through its gateway, to the outside.</source>
        <translation>子网上的云主机将失去经过此路由的路径：包括到其他子网的路径，以及经由其网关到外部的路径。</translation>
    </message>
</context>
<context>
    <name>sd::RouterInterfaceDialog</name>
    <message>
        <location filename="../views/dialogs/routerinterfacedialog.cpp" line="+21"/>
        <source>Add Interface to Router %1</source>
        <translation>为路由 %1 增加接口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Interface</source>
        <translation>增加接口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The router takes the subnet&apos;s gateway address, so the subnet&apos;s instances reach other subnets of the router and, with a gateway, the outside.</source>
        <translation>路由使用子网的网关地址，这样子网中的云主机就可以访问该路由的其他子网，并在设置了网关时访问外部。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Router Name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet *</source>
        <translation>子网 *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every subnet this router may serve already has an interface on it; create a network with a subnet first</source>
        <translation>此路由可服务的每个子网都已有接口；请先创建带子网的网络</translation>
    </message>
</context>
<context>
    <name>sd::RouterModel</name>
    <message>
        <location filename="../views/models/routermodel.cpp" line="+91"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No gateway: the router&apos;s subnets cannot reach outside (Set Gateway)</source>
        <translation>没有网关：该路由的子网无法访问外部（设置网关）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway address %1, SNAT %2</source>
        <translation>网关地址 %1，SNAT %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n interface(s)</source>
        <translation>
            <numerusform>%n 个接口</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
</context>
<context>
    <name>sd::RouterService</name>
    <message>
        <location filename="../engine/network/routerservice.cpp" line="+34"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network %1 is not external; a router&apos;s gateway must be on an external network</source>
        <translation>网络 %1 不是外部网络；路由的网关必须位于外部网络上</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Router %1: no gateway on %2: %3</source>
        <translation>路由 %1：在 %2 上没有网关：%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Router</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Router %1: not found</source>
        <translation>路由 %1：未找到</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+43"/>
        <source>Router name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Router %1 carries floating IPs; disassociate them before moving its gateway</source>
        <translation>路由 %1 承载着浮动IP；移动其网关前请先取消这些浮动IP的关联</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Router %1 carries floating IPs; disassociate them before clearing its gateway</source>
        <translation>路由 %1 承载着浮动IP；清除其网关前请先取消这些浮动IP的关联</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subnet %1 is on external network %2; set it as the router&apos;s gateway instead</source>
        <translation>子网 %1 位于外部网络 %2 上；请改为将其设置为路由的网关</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subnet %1 has no gateway; a router interface takes the subnet&apos;s gateway address</source>
        <translation>子网 %1 没有网关；路由接口需要使用子网的网关地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Router %1 has an interface on subnet %2 already</source>
        <translation>路由 %1 已有位于子网 %2 上的接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnet %1 overlaps subnet %2 (%3), which router %4 connects already</source>
        <translation>子网 %1 与子网 %2（%3）重叠，而路由 %4 已连接后者</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Router %1 has no interface on subnet &apos;%2&apos;</source>
        <translation>路由 %1 在子网 &apos;%2&apos; 上没有接口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Floating IP %1 reaches %2 through this interface; disassociate it first</source>
        <translation>浮动IP %1 通过此接口到达 %2；请先取消其关联</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Router %1 still has %n interface(s); remove them first</source>
        <translation>
            <numerusform>路由 %1 仍有 %n 个接口；请先移除它们</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Router %1 carries floating IPs; disassociate them first</source>
        <translation>路由 %1 承载着浮动IP；请先取消这些浮动IP的关联</translation>
    </message>
</context>
<context>
    <name>sd::RoutersPanel</name>
    <message>
        <location filename="../views/panels/routerspanel.cpp" line="+17"/>
        <source>Admin › Network</source>
        <translation>管理员 › 网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Network</source>
        <translation>项目 › 网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routers</source>
        <translation>路由</translation>
    </message>
</context>
<context>
    <name>sd::Scheduler</name>
    <message numerus="yes">
        <location filename="../engine/compute/scheduler/scheduler.cpp" line="+28"/>
        <source>%1: removed %n host(s): %2</source>
        <translation>
            <numerusform>%1：移除了 %n 台主机：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 vCPUs, %2 MB RAM, %3 GB disk</source>
        <translation>%1 个 vCPU，%2 MB 内存，%3 GB 磁盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No valid host was found for %1: the cloud has no hosts; add one first</source>
        <translation>没有为 %1 找到有效主机：云中没有主机；请先添加主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No valid host was found for %1. %2</source>
        <translation>没有为 %1 找到有效主机。%2</translation>
    </message>
</context>
<context>
    <name>sd::SchedulerHintsPage</name>
    <message>
        <location filename="../views/wizards/launch/schedulerhintspage.cpp" line="+10"/>
        <source>Scheduler Hints</source>
        <translation>调度器提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler hints steer where the instance is placed. StackDesk&apos;s scheduler knows one hint, the server group, which is set on the Server Groups step; it filters hosts by availability zone, capacity and image properties by itself.</source>
        <translation>调度器提示引导云主机的放置位置。StackDesk 的调度器只识别一个提示，即服务器组，它在“服务器组”步骤中设置；调度器会自行按可用域、容量和镜像属性筛选主机。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing more to set here.</source>
        <translation>此处没有其他需要设置的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatically (the scheduler chooses)</source>
        <translation>自动（由调度器选择）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (zone %2, %3)</source>
        <translation>%1（可用域 %2，%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host (administrators)</source>
        <translation>主机（管理员）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A chosen host still has to pass the capacity checks; the launch is refused with the reason if it does not.</source>
        <translation>所选主机仍需通过容量检查；若未通过，启动将被拒绝并给出原因。</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupActions</name>
    <message>
        <location filename="../views/panels/securitygroupactions.cpp" line="+25"/>
        <location line="+10"/>
        <source>Create Security Group…</source>
        <translation>创建安全组…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Manage Rules</source>
        <translation>管理规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Security Group…</source>
        <translation>编辑安全组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <location line="+1"/>
        <source>Delete Security Groups…</source>
        <translation>删除安全组…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Create a security group: a set of IP filter rules for instances&apos; ports</source>
        <translation>创建安全组：一组作用于云主机端口的 IP 过滤规则</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>List, add and delete the rules of %1</source>
        <translation>列出、添加和删除 %1 的规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one security group to manage its rules</source>
        <translation>请选择一个安全组以管理其规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete Security Group…</source>
        <translation>删除安全组…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default security group cannot be deleted: every project has one, and ports without another group use it</source>
        <translation>默认安全组无法删除：每个项目都有一个，没有其他安全组的端口会使用它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the security groups to delete</source>
        <translation>请选择要删除的安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected security group</source>
        <translation>删除所选安全组</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %n selected security groups</source>
        <translation>
            <numerusform>删除所选的 %n 个安全组</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+8"/>
        <source>Delete Security Group</source>
        <translation>删除安全组</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Delete Security Groups</source>
        <translation>删除安全组</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete security group %1?</source>
        <translation>删除安全组 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 security groups: %2?</source>
        <translation>删除 %1 个安全组：%2？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A group still used by ports is not deleted; the message names the ports. This cannot be undone.</source>
        <translation>仍被端口使用的安全组不会被删除；消息中会列出这些端口。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupDialog</name>
    <message>
        <location filename="../views/dialogs/securitygroupdialog.cpp" line="+15"/>
        <source>Edit Security Group %1</source>
        <translation>编辑安全组 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Create Security Group</source>
        <translation>创建安全组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security groups are sets of IP filter rules that are applied to the network interfaces of instances. A new group allows all egress and no ingress; add rules after creating it with Manage Rules.</source>
        <translation>安全组是作用于云主机网络接口的 IP 过滤规则集合。新建的安全组允许所有出口流量，不允许任何入口流量；创建后可通过“管理规则”添加规则。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The default group keeps its name: every project has one</source>
        <translation>默认安全组的名称保持不变：每个项目都有一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a name for the security group.</source>
        <translation>请输入安全组的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security group name</source>
        <translation>安全组名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security group description</source>
        <translation>安全组描述</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupModel</name>
    <message>
        <location filename="../views/models/securitygroupmodel.cpp" line="+55"/>
        <source>1 rule</source>
        <translation>1 条规则</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n rules</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security Group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupRuleActions</name>
    <message>
        <location filename="../views/panels/securitygroupruleactions.cpp" line="+26"/>
        <source>(remote group)</source>
        <translation>（远程安全组）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Rule…</source>
        <translation>添加规则…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+1"/>
        <source>Delete Rules…</source>
        <translation>删除规则…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Allow more traffic to or from the instances using this group</source>
        <translation>允许更多进出使用此安全组的云主机的流量</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete Rule…</source>
        <translation>删除规则…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the rules to delete</source>
        <translation>请选择要删除的规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected rule; the change reaches running instances at once</source>
        <translation>删除所选规则；更改会立即作用于运行中的云主机</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete the %n selected rules; the change reaches running instances at once</source>
        <translation>
            <numerusform>删除所选的 %n 条规则；更改会立即作用于运行中的云主机</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+10"/>
        <source>Delete Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Delete Rules</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete this rule from security group %1?</source>
        <translation>从安全组 %1 中删除此规则？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 rules from security group %2?</source>
        <translation>从安全组 %2 中删除 %1 条规则？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traffic the rules allowed is blocked at once on every port using the group.</source>
        <translation>在使用该安全组的每个端口上，这些规则所允许的流量将立即被阻止。</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupRuleModel</name>
    <message>
        <location filename="../views/models/securitygrouprulemodel.cpp" line="+75"/>
        <source>Egress</source>
        <translation>出口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingress</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type %1, Code %2</source>
        <translation>类型 %1，编码 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Traffic from (ingress) or to (egress) the ports of security group %1</source>
        <translation>来自（入口）或去往（出口）安全组 %1 的端口的流量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any address</source>
        <translation>任意地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ether Type</source>
        <translation>以太网类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Protocol</source>
        <translation>IP 协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port Range</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote IP Prefix</source>
        <translation>远程 IP 前缀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote Security Group</source>
        <translation>远程安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupRulesPage</name>
    <message>
        <location filename="../views/panels/securitygrouprulespage.cpp" line="+27"/>
        <source>‹ Back to Security Groups</source>
        <translation>‹ 返回安全组</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Security group %1 was deleted.</source>
        <translation>安全组 %1 已被删除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Manage Security Group Rules: %1 (%2)</source>
        <translation>管理安全组规则：%1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupService</name>
    <message>
        <location filename="../engine/network/securitygroupservice.cpp" line="+70"/>
        <source>Default security group</source>
        <translation>默认安全组</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Direction &apos;%1&apos;: use ingress or egress</source>
        <translation>方向 &apos;%1&apos;：请使用 ingress 或 egress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ethertype &apos;%1&apos;: use IPv4 or IPv6</source>
        <translation>以太网类型 &apos;%1&apos;：请使用 IPv4 或 IPv6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Protocol &apos;%1&apos;: use tcp, udp, icmp, any or a number 0-255</source>
        <translation>协议 &apos;%1&apos;：请使用 tcp、udp、icmp、any 或 0-255 之间的数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Port range: only tcp and udp rules have ports (this rule&apos;s protocol is %1)</source>
        <translation>端口范围：只有 tcp 和 udp 规则有端口（此规则的协议是 %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port range %1:%2: ports are 1-65535</source>
        <translation>端口范围 %1:%2：端口必须在 1-65535 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port range %1:%2: the first port must not be above the last</source>
        <translation>端口范围 %1:%2：起始端口不能大于终止端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICMP type %1 / code %2: both are 0-255</source>
        <translation>ICMP 类型 %1 / 编码 %2：两者都必须在 0-255 之间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a remote IP prefix or a remote group, not both</source>
        <translation>请指定远程 IP 前缀或远程安全组，不能同时指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote IP</source>
        <translation>远程 IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote IP %1 is IPv%2 but the rule is %3</source>
        <translation>远程 IP %1 是 IPv%2，但规则是 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description: at most 255 characters</source>
        <translation>描述：最多 255 个字符</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Security group %1: not found</source>
        <translation>安全组 %1：未找到</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+51"/>
        <source>Security group name</source>
        <translation>安全组名称</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Security group name &apos;default&apos; is the project&apos;s own; choose another</source>
        <translation>安全组名称 &apos;default&apos; 为项目自身所用；请选择其他名称</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The default security group cannot be renamed</source>
        <translation>默认安全组无法重命名</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The default security group cannot be deleted</source>
        <translation>默认安全组无法删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Security group %1 is used by ports %2</source>
        <translation>安全组 %1 正被端口 %2 使用</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Remote group</source>
        <translation>远程安全组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote group %1 belongs to another project; a rule may only name groups of its own project</source>
        <translation>远程安全组 %1 属于其他项目；规则只能引用其所属项目中的安全组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security group %1 has this rule already (%2)</source>
        <translation>安全组 %1 已有此规则（%2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+3"/>
        <source>Security group rule &apos;%1&apos;: not found</source>
        <translation>安全组规则 &apos;%1&apos;：未找到</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupsPage</name>
    <message>
        <location filename="../views/wizards/launch/securitygroupspage.cpp" line="+8"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the security groups to launch the instance in. On simulated hosts the rules are modelled but not enforced.</source>
        <translation>选择启动云主机所在的安全组。在模拟主机上，规则会被建模但不会强制执行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Check at least one security group (with none, Nova&apos;s rule puts the instance in &quot;default&quot;)</source>
        <translation>请至少勾选一个安全组（若不选，Nova 的规则会将云主机放入“default”）</translation>
    </message>
</context>
<context>
    <name>sd::SecurityGroupsPanel</name>
    <message>
        <location filename="../views/panels/securitygroupspanel.cpp" line="+19"/>
        <source>Project › Network</source>
        <translation>项目 › 网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
</context>
<context>
    <name>sd::SecurityRuleTemplates</name>
    <message>
        <location filename="../views/models/securityruletemplates.cpp" line="+23"/>
        <source>Custom TCP Rule</source>
        <translation>定制 TCP 规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom UDP Rule</source>
        <translation>定制 UDP 规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom ICMP Rule</source>
        <translation>定制 ICMP 规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Protocol</source>
        <translation>其他协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ICMP</source>
        <translation>所有 ICMP 协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All TCP</source>
        <translation>所有 TCP 协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All UDP</source>
        <translation>所有 UDP 协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAPS</source>
        <translation>IMAPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAP</source>
        <translation>LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MS SQL</source>
        <translation>MS SQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MYSQL</source>
        <translation>MYSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3S</source>
        <translation>POP3S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDP</source>
        <translation>RDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTPS</source>
        <translation>SMTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
</context>
<context>
    <name>sd::SeedIso</name>
    <message>
        <location filename="../engine/compute/instance/seediso.cpp" line="+58"/>
        <source>User data: %1 bytes, at most %2 are allowed</source>
        <translation>用户数据：%1 字节，最多允许 %2 字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The seed for instance %1 cannot be written in %2</source>
        <translation>无法在 %2 中写入云主机 %1 的种子数据</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>xorriso cannot be started (%1); install the xorriso package</source>
        <translation>无法启动 xorriso（%1）；请安装 xorriso 软件包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xorriso could not make the seed ISO</source>
        <translation>xorriso 无法生成种子 ISO</translation>
    </message>
</context>
<context>
    <name>sd::SendKeys</name>
    <message>
        <location filename="../views/console/sendkeys.cpp" line="+70"/>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key combination: type key names joined by +, for example ctrl+alt+f2</source>
        <translation>组合键：输入以 + 连接的按键名称，例如 ctrl+alt+f2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key combination &quot;%1&quot;: a key name is missing between two +</source>
        <translation>组合键“%1”：两个 + 之间缺少按键名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key combination &quot;%1&quot;: &quot;%2&quot; is not a key name</source>
        <translation>组合键“%1”：“%2”不是按键名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key combination &quot;%1&quot;: &quot;%2&quot; is in it twice</source>
        <translation>组合键“%1”：“%2”出现了两次</translation>
    </message>
</context>
<context>
    <name>sd::SerialConsoleView</name>
    <message>
        <location filename="../views/console/serialconsoleview.cpp" line="+14"/>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the serial console again</source>
        <translation>重新打开串口控制台</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No serial console</source>
        <translation>无串口控制台</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · Serial</source>
        <translation>%1 · 串口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · Serial</source>
        <translation>%1 · %2 · 串口</translation>
    </message>
</context>
<context>
    <name>sd::SerialConsoleWindow</name>
    <message>
        <location filename="../views/console/serialconsolewindow.cpp" line="+18"/>
        <source>%1 (%2) — Serial Console</source>
        <translation>%1（%2）— 串口控制台</translation>
    </message>
</context>
<context>
    <name>sd::SerialSession</name>
    <message>
        <location filename="../engine/console/serialsession.cpp" line="+118"/>
        <source>the connection to the host dropped</source>
        <translation>与主机的连接已断开</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the instance closed it (it stopped or restarted)</source>
        <translation>云主机关闭了它（云主机已停止或重启）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Instance %1 has no serial console</source>
        <translation>云主机 %1 没有串口控制台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial console of %1 cannot be opened on host %2</source>
        <translation>无法在主机 %2 上打开 %1 的串口控制台</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The serial console of %1 cannot be watched: %2</source>
        <translation>无法监视 %1 的串口控制台：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The serial console of %1 closed: %2</source>
        <translation>%1 的串口控制台已关闭：%2</translation>
    </message>
</context>
<context>
    <name>sd::ServerGroupActions</name>
    <message>
        <location filename="../views/panels/servergroupactions.cpp" line="+17"/>
        <source>Create Server Group…</source>
        <translation>创建服务器组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Delete Server Group…</source>
        <translation>删除服务器组…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Create a group whose instances are placed together or apart</source>
        <translation>创建一个组，其云主机被放置在一起或分开放置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete Server Groups…</source>
        <translation>删除服务器组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the %1 selected server groups</source>
        <translation>删除所选的 %1 个服务器组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected server group; its instances keep running</source>
        <translation>删除所选服务器组；其云主机继续运行</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n instance(s) in them keep running where they are and simply leave the group; later moves no longer follow its policy. This cannot be undone.</source>
        <translation>
            <numerusform>其中的 %n 个云主机将在原处继续运行，只是离开该组；之后的迁移不再遵循其策略。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No instance is in them. This cannot be undone.</source>
        <translation>其中没有云主机。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Delete Server Group</source>
        <translation>删除服务器组</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Delete Server Groups</source>
        <translation>删除服务器组</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete server group %1?</source>
        <translation>删除服务器组 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 server groups: %2?</source>
        <translation>删除 %1 个服务器组：%2？</translation>
    </message>
</context>
<context>
    <name>sd::ServerGroupFilter</name>
    <message>
        <location filename="../engine/compute/scheduler/filters.cpp" line="+57"/>
        <source>%1 already runs a member of the anti-affinity group</source>
        <translation>%1 已在运行该反亲和性组的成员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 runs no member of the affinity group</source>
        <translation>%1 未运行该亲和性组的任何成员</translation>
    </message>
    <message>
        <location filename="../engine/compute/scheduler/filters.h" line="+36"/>
        <source>Server group</source>
        <translation>服务器组</translation>
    </message>
</context>
<context>
    <name>sd::ServerGroupModel</name>
    <message>
        <location filename="../views/models/servergroupmodel.cpp" line="+41"/>
        <source>Affinity</source>
        <translation>亲和性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti Affinity</source>
        <translation>反亲和性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft Affinity</source>
        <translation>软亲和性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft Anti Affinity</source>
        <translation>软反亲和性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All instances on the same host. An instance that does not fit there is not launched.</source>
        <translation>所有云主机位于同一主机上。无法容纳在该主机上的云主机不会被启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every instance on a different host. When no host is left, the launch fails.</source>
        <translation>每个云主机位于不同主机上。没有剩余主机时，启动失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the same host where possible; otherwise the instance is launched elsewhere.</source>
        <translation>尽可能位于同一主机上；否则云主机将在其他主机上启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On different hosts where possible; otherwise instances share a host.</source>
        <translation>尽可能位于不同主机上；否则云主机将共享主机。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Instance IDs:
%1</source>
        <translation>云主机 ID：
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>sd::ServerGroupService</name>
    <message>
        <location filename="../engine/compute/servergroupservice.cpp" line="+57"/>
        <source>Server group policy &apos;%1&apos;: use one of %2</source>
        <translation>服务器组策略 &apos;%1&apos;：请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+112"/>
        <location line="+4"/>
        <source>Server group &apos;%1&apos;: no such server group</source>
        <translation>服务器组 &apos;%1&apos;：不存在该服务器组</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Server group &apos;%1&apos;: %2 groups have this name; use the ID</source>
        <translation>服务器组 &apos;%1&apos;：有 %2 个组使用此名称；请使用 ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All projects: only administrators may list every project&apos;s server groups</source>
        <translation>所有项目：只有管理员可以列出所有项目的服务器组</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Server group name</source>
        <translation>服务器组名称</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Instance %1 is already in server group %2; an instance belongs to one group at most</source>
        <translation>云主机 %1 已在服务器组 %2 中；一个云主机最多只能属于一个组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server group %1 is full: %2</source>
        <translation>服务器组 %1 已满：%2</translation>
    </message>
</context>
<context>
    <name>sd::ServerGroupsPage</name>
    <message>
        <location filename="../views/wizards/launch/servergroupspage.cpp" line="+8"/>
        <source>Server Groups</source>
        <translation>服务器组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the server group to launch the instance in. The group&apos;s policy is a scheduler hint: affinity keeps its members on one host, anti-affinity on different hosts.</source>
        <translation>选择启动云主机所在的服务器组。组的策略是一个调度器提示：亲和性使其成员位于同一主机，反亲和性使其位于不同主机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No server group</source>
        <translation>无服务器组</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Affinity</source>
        <translation>亲和性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti Affinity</source>
        <translation>反亲和性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft Affinity</source>
        <translation>软亲和性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft Anti Affinity</source>
        <translation>软反亲和性</translation>
    </message>
</context>
<context>
    <name>sd::ServerGroupsPanel</name>
    <message>
        <location filename="../views/panels/servergroupspanel.cpp" line="+14"/>
        <source>Project › Compute</source>
        <translation>项目 › 计算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server Groups</source>
        <translation>服务器组</translation>
    </message>
</context>
<context>
    <name>sd::SimulatedState</name>
    <message>
        <location filename="../engine/hosts/simulatedstate.cpp" line="+25"/>
        <source>storage pool: %1</source>
        <translation>存储池：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>storage pool %1: %2</source>
        <translation>存储池 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>volume in pool %1: %2</source>
        <translation>存储池 %1 中的卷：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>volume %1 in pool %2: %3</source>
        <translation>存储池 %2 中的卷 %1：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network %1: %2</source>
        <translation>网络 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>domain: %1</source>
        <translation>虚拟机：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>domain %1: %2</source>
        <translation>虚拟机 %1：%2</translation>
    </message>
</context>
<context>
    <name>sd::SourcePage</name>
    <message>
        <location filename="../views/wizards/launch/sourcepage.cpp" line="+43"/>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance source is the template used to create an instance: an image, a snapshot of an instance, a volume or a volume snapshot. An image boots as a copy-on-write overlay on the host, or from a new volume with Create New Volume.</source>
        <translation>云主机源是用于创建云主机的模板：镜像、云主机快照、卷或卷快照。镜像以主机上的写时复制覆盖层启动，或在选择“创建新卷”时从新卷启动。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance Snapshot</source>
        <translation>云主机快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Snapshot</source>
        <translation>卷快照</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No volume type</source>
        <translation>无卷类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No volume type is available to the project</source>
        <translation>该项目没有可用的卷类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Boot Source</source>
        <translation>选择启动源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Volume</source>
        <translation>创建新卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Size (GB)</source>
        <translation>卷大小 (GB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Type</source>
        <translation>卷类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Volume on Instance Delete</source>
        <translation>删除云主机时删除卷</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Choose the instance snapshot to boot from</source>
        <translation>请选择要从中启动的云主机快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the volume to boot from</source>
        <translation>请选择要从中启动的卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the volume snapshot to boot from</source>
        <translation>请选择要从中启动的卷快照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volumes can only be attached to 1 active instance at a time. Please either set your instance count to 1 or select a different source type.</source>
        <translation>卷同一时间只能连接到 1 个活动的云主机。请将云主机数量设为 1，或选择其他源类型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume Type: no volume type is available to the project</source>
        <translation>卷类型：该项目没有可用的卷类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The volume size must be at least %1 GB: Volume Size (GB) is %2</source>
        <translation>卷大小必须至少为 %1 GB：“卷大小 (GB)”为 %2</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Available images:</source>
        <translation>可用镜像：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available instance snapshots:</source>
        <translation>可用的云主机快照：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available volumes (an available, bootable one boots in place):</source>
        <translation>可用的卷（可用且可启动的卷将直接用于启动）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available volume snapshots (copied into a new volume):</source>
        <translation>可用的卷快照（将复制到新卷中）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greyed out:
%1</source>
        <translation>灰色显示：
%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>at least %1 GB</source>
        <translation>至少 %1 GB</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The project can use no active image; upload one in Project › Compute › Images</source>
        <translation>该项目没有可用的活动镜像；请在“项目 › 计算 › 镜像”中上传一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No image can boot: %1</source>
        <translation>没有可启动的镜像：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no instance snapshot; make one with Create Snapshot in Project › Compute › Instances</source>
        <translation>该项目没有云主机快照；请在“项目 › 计算 › 云主机”中使用“创建快照”创建一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instance snapshot can boot: %1</source>
        <translation>没有可启动的云主机快照：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no volume; make a bootable one from an image in Project › Volumes › Volumes</source>
        <translation>该项目没有卷；请在“项目 › 卷 › 卷”中从镜像创建一个可启动的卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No volume can boot: %1</source>
        <translation>没有可启动的卷：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no volume snapshot; make one with Create Snapshot in Project › Volumes › Volumes</source>
        <translation>该项目没有卷快照；请在“项目 › 卷 › 卷”中使用“创建快照”创建一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No volume snapshot can boot: %1</source>
        <translation>没有可启动的卷快照：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A volume of %1 GB cannot be created as you only have %2 GB of your quota available.</source>
        <translation>无法创建 %1 GB 的卷，因为您的配额只剩 %2 GB 可用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 volumes of %2 GB cannot be created as you only have %3 GB of your quota available.</source>
        <translation>无法创建 %1 个 %2 GB 的卷，因为您的配额只剩 %3 GB 可用。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The launch makes %n volume(s); your volumes quota has %1 left</source>
        <translation>
            <numerusform>此次创建将生成 %n 个卷；您的卷配额还剩 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the image to boot from</source>
        <translation>选择要启动的镜像</translation>
    </message>
</context>
<context>
    <name>sd::SpiceSession</name>
    <message>
        <location filename="../engine/console/spicesession.cpp" line="+86"/>
        <source>Instance %1 has no SPICE display</source>
        <translation>云主机 %1 没有 SPICE 显示设备</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SPICE: the console of %1 cannot be reached from here</source>
        <translation>SPICE：无法从此处访问 %1 的控制台</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SPICE: the client library could not start a session</source>
        <translation>SPICE：客户端库无法启动会话</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>SPICE %1 channel: the client library refused the socket</source>
        <translation>SPICE %1 通道：客户端库拒绝了该套接字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SPICE %1 channel: %2</source>
        <translation>SPICE %1 通道：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SPICE: the password was refused</source>
        <translation>SPICE：密码被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server refused the link</source>
        <translation>服务器拒绝了链接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection broke</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../engine/console/spiceclipboard.cpp" line="+78"/>
        <source>SPICE: the console is not connected, so the clipboard cannot reach the guest</source>
        <translation>SPICE：控制台未连接，因此剪贴板内容无法传到客户机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SPICE: the guest has no agent (spice-vdagent), so the clipboard cannot reach it</source>
        <translation>SPICE：客户机没有代理程序（spice-vdagent），因此剪贴板内容无法传到客户机</translation>
    </message>
</context>
<context>
    <name>sd::SshHostLink</name>
    <message>
        <location filename="../engine/console/sshhostlink.cpp" line="+118"/>
        <source>The engine is shutting down</source>
        <translation>引擎正在关闭</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Host %1: %2</source>
        <translation>主机 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host %1: SSH on %2 could not reach 127.0.0.1:%3 on the host (nothing listens there, or the SSH server forbids forwarding: AllowTcpForwarding): %4</source>
        <translation>主机 %1：%2 上的 SSH 无法连接主机上的 127.0.0.1:%3（该处无监听，或 SSH 服务器禁止转发：AllowTcpForwarding）：%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Host %1: no socket for the console: %2</source>
        <translation>主机 %1：无法为控制台创建套接字：%2</translation>
    </message>
</context>
<context>
    <name>sd::SshKeys</name>
    <message>
        <location filename="../engine/compute/sshkeys.cpp" line="+142"/>
        <source>Public key: empty; paste one line of an OpenSSH .pub file (&quot;ssh-ed25519 AAAA...&quot;)</source>
        <translation>公钥：为空；请粘贴 OpenSSH .pub 文件中的一行（&quot;ssh-ed25519 AAAA...&quot;）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public key: this is a private key; never share it. Paste the public half instead (the .pub file next to it, or the output of `ssh-keygen -y -f KEYFILE`)</source>
        <translation>公钥：这是私钥，切勿分享。请改为粘贴其公钥部分（同目录下的 .pub 文件，或 `ssh-keygen -y -f KEYFILE` 的输出）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public key: this is an RFC 4716 (SSH2) block; convert it to one OpenSSH line with `ssh-keygen -i -f FILE`</source>
        <translation>公钥：这是 RFC 4716（SSH2）格式的块；请使用 `ssh-keygen -i -f FILE` 将其转换为一行 OpenSSH 格式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public key: more than one line; a key pair holds exactly one public key</source>
        <translation>公钥：超过一行；一个密钥对只包含一个公钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key &apos;%1&apos;: expected a key type and the base64 key data, e.g. &quot;ssh-ed25519 AAAA... comment&quot;</source>
        <translation>公钥 &apos;%1&apos;：应为密钥类型加 base64 密钥数据，例如 &quot;ssh-ed25519 AAAA... comment&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key: &apos;%1&apos; before the key type looks like authorized_keys options; paste the key from its type on (&quot;%2 AAAA...&quot;)</source>
        <translation>公钥：密钥类型之前的 &apos;%1&apos; 看起来是 authorized_keys 选项；请从密钥类型开始粘贴（&quot;%2 AAAA...&quot;）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public key %1: the key data is not valid base64 (truncated or damaged?); copy the whole line again</source>
        <translation>公钥 %1：密钥数据不是有效的 base64（被截断或已损坏？）；请重新复制整行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public key %1: the key data is truncated; copy the whole line again</source>
        <translation>公钥 %1：密钥数据被截断；请重新复制整行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public key: the line says &apos;%1&apos; but the key data is a &apos;%2&apos; key; the line was edited or put together from two keys</source>
        <translation>公钥：该行声明为 &apos;%1&apos;，但密钥数据是 &apos;%2&apos; 密钥；该行被编辑过，或由两个密钥拼接而成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Public key ssh-dss: DSA keys are refused (OpenSSH no longer accepts them); create an ed25519 key with `ssh-keygen -t ed25519`</source>
        <translation>公钥 ssh-dss：不接受 DSA 密钥（OpenSSH 已不再接受）；请使用 `ssh-keygen -t ed25519` 创建 ed25519 密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public key %1: this is an SSH certificate, not a public key; paste the key it certifies</source>
        <translation>公钥 %1：这是 SSH 证书，而不是公钥；请粘贴它所认证的密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public key &apos;%1&apos;: not a key type StackDesk accepts; use ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521</source>
        <translation>公钥 &apos;%1&apos;：不是 StackDesk 接受的密钥类型；请使用 ssh-ed25519、ssh-rsa 或 ecdsa-sha2-nistp256/384/521</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key %1: the key data does not parse as a %1 key (truncated or damaged?); copy the whole line again</source>
        <translation>公钥 %1：无法将密钥数据解析为 %1 密钥（被截断或已损坏？）；请重新复制整行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public key %1: the key data has extra or damaged bytes; copy the whole line again</source>
        <translation>公钥 %1：密钥数据包含多余或损坏的字节；请重新复制整行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public key ssh-rsa: %1 bits is too short; RSA keys need at least %2 bits (create one with `ssh-keygen -t rsa -b 3072`, or use ed25519)</source>
        <translation>公钥 ssh-rsa：%1 位太短；RSA 密钥至少需要 %2 位（可用 `ssh-keygen -t rsa -b 3072` 创建，或使用 ed25519）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Public key %1: libssh could not fingerprint it</source>
        <translation>公钥 %1：libssh 无法计算其指纹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RSA key size %1: use 2048, 3072 or 4096 bits</source>
        <translation>RSA 密钥长度 %1：请使用 2048、3072 或 4096 位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key generation failed in libssh</source>
        <translation>libssh 生成密钥失败</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>libssh could not export the new private key</source>
        <translation>libssh 无法导出新的私钥</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>libssh could not derive the new public key</source>
        <translation>libssh 无法推导出新的公钥</translation>
    </message>
</context>
<context>
    <name>sd::SshLogin</name>
    <message>
        <location filename="../engine/console/sshlogin.cpp" line="+68"/>
        <source>Host %1: could not start an SSH session</source>
        <translation>主机 %1：无法启动 SSH 会话</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Host %1: cannot reach SSH on %2: %3</source>
        <translation>主机 %1：无法连接 %2 上的 SSH：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host %1: SSH on %2 sent no host key: %3</source>
        <translation>主机 %1：%2 上的 SSH 未发送主机密钥：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host %1: the SSH host key of %2 does not match the one in %3 (it now sends %4 %5). Someone may be intercepting the connection, or the host was reinstalled: ask its administrator, and only if the new key is right, remove the old one (ssh-keygen -R &apos;%2&apos;) and connect once with ssh to add the new one</source>
        <translation>主机 %1：%2 的 SSH 主机密钥与 %3 中记录的不一致（现在发送的是 %4 %5）。可能有人在截获连接，或主机已重装：请询问其管理员，仅在新密钥确认无误时删除旧密钥（ssh-keygen -R &apos;%2&apos;），再用 ssh 连接一次以添加新密钥</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host %1: the SSH host key of %2 is not in %3 (it sends %4 %5). Check the fingerprint with the host&apos;s administrator, then add the key: connect once with ssh %6 and answer yes</source>
        <translation>主机 %1：%2 的 SSH 主机密钥不在 %3 中（它发送的是 %4 %5）。请与主机管理员核对指纹，然后添加该密钥：用 ssh %6 连接一次并回答 yes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host %1: cannot read %2 to check the SSH host key of %3: %4</source>
        <translation>主机 %1：无法读取 %2 来检查 %3 的 SSH 主机密钥：%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Host %1: SSH login on %2 failed: %3</source>
        <translation>主机 %1：在 %2 上的 SSH 登录失败：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SSH agent&apos;s keys and ~/.ssh/id_ed25519, id_ecdsa, id_rsa</source>
        <translation>SSH 代理中的密钥以及 ~/.ssh/id_ed25519、id_ecdsa、id_rsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SSH agent&apos;s keys, ~/.ssh/id_ed25519, id_ecdsa, id_rsa and %1</source>
        <translation>SSH 代理中的密钥、~/.ssh/id_ed25519、id_ecdsa、id_rsa 以及 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1: SSH on %2 accepted none of %3. Add your public key to the host&apos;s authorized_keys (ssh-copy-id %2), or load the key into the agent (ssh-add); consoles never ask for a password</source>
        <translation>主机 %1：%2 上的 SSH 未接受 %3 中的任何密钥。请将您的公钥加入主机的 authorized_keys（ssh-copy-id %2），或将密钥载入代理（ssh-add）；控制台从不询问密码</translation>
    </message>
</context>
<context>
    <name>sd::SshTarget</name>
    <message>
        <location filename="../engine/console/sshtarget.cpp" line="+25"/>
        <source>Host %1 is reached over %2, not SSH: its consoles cannot go through an SSH session</source>
        <translation>主机 %1 通过 %2 而非 SSH 连接：其控制台无法经由 SSH 会话访问</translation>
    </message>
</context>
<context>
    <name>sd::StoragePool</name>
    <message>
        <location filename="../engine/hosts/storagepool.cpp" line="+108"/>
        <source>Storage pool %1 cannot be defined: %2</source>
        <translation>无法定义存储池 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storage pool %1 cannot be started: %2</source>
        <translation>无法启动存储池 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>Upload to the host failed: %1</source>
        <translation>上传到主机失败：%1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Upload to the host: cancelled</source>
        <translation>上传到主机：已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: changed while it was sent to the host</source>
        <translation>%1：在发送到主机期间发生了更改</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+4"/>
        <source>Download from the host failed: %1</source>
        <translation>从主机下载失败：%1</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+31"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Download from the host: cancelled</source>
        <translation>从主机下载：已取消</translation>
    </message>
</context>
<context>
    <name>sd::SubnetActions</name>
    <message>
        <location filename="../views/panels/subnetactions.cpp" line="+19"/>
        <source>Create Subnet…</source>
        <translation>创建子网…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Subnet…</source>
        <translation>编辑子网…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Delete Subnet…</source>
        <translation>删除子网…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Network %1 belongs to project %2; only its members or an administrator may change its subnets</source>
        <translation>网络 %1 属于项目 %2；只有其成员或管理员可以修改其子网</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add an address range to this network</source>
        <translation>向此网络添加一个地址范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the gateway, DHCP, pools, DNS servers or host routes of the selected subnet</source>
        <translation>修改所选子网的网关、DHCP、地址池、DNS服务器或主机路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Subnets…</source>
        <translation>删除子网…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected subnets; refused while ports hold addresses from them</source>
        <translation>删除所选子网；仍有端口持有其地址时会被拒绝</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Delete Subnet</source>
        <translation>删除子网</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Delete Subnets</source>
        <translation>删除子网</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Delete subnet %1?</source>
        <translation>删除子网 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 subnets: %2?</source>
        <translation>删除 %1 个子网：%2？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A subnet whose addresses ports still hold (instances, router interfaces) is not deleted: the refusal names the ports. This cannot be undone.</source>
        <translation>端口（云主机、路由接口）仍持有其地址的子网不会被删除：拒绝信息中会列出这些端口。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::SubnetCheck</name>
    <message>
        <location filename="../views/wizards/createnetwork/subnetcheck.cpp" line="+29"/>
        <source>%1, line %2: &quot;%3&quot; is not two values separated by a comma, such as %4</source>
        <translation>%1，第 %2 行：“%3”不是以逗号分隔的两个值，例如 %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Subnet name</source>
        <translation>子网名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocation Pools</source>
        <translation>分配池</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host Routes</source>
        <translation>主机路由</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network Address: required, in CIDR form such as 192.168.0.0/24</source>
        <translation>网络地址：必填，以 CIDR 形式，例如 192.168.0.0/24</translation>
    </message>
</context>
<context>
    <name>sd::SubnetDetailsPage</name>
    <message>
        <location filename="../views/wizards/createnetwork/subnetdetailspage.cpp" line="+27"/>
        <source>Enable DHCP</source>
        <translation>激活DHCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g.
8.8.8.8
2001:4860:4860::8888</source>
        <translation>例如
8.8.8.8
2001:4860:4860::8888</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.200.0/24,10.56.1.254</source>
        <translation>例如 192.168.200.0/24,10.56.1.254</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One pool a line: start address, a comma, end address. Empty: the whole subnet but the gateway.</source>
        <translation>每行一个地址池：起始地址、逗号、结束地址。为空：除网关外的整个子网。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One IP address a line.</source>
        <translation>每行一个 IP 地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One route a line: destination CIDR, a comma, next hop address. DHCP hands these to the instances.</source>
        <translation>每行一条路由：目的 CIDR、逗号、下一跳地址。DHCP 会将这些路由分发给云主机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnet Details</source>
        <translation>子网详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specify additional attributes for the subnet.</source>
        <translation>为子网指定附加属性。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instances get their address from the network&apos;s DHCP server (libvirt&apos;s dnsmasq)</source>
        <translation>云主机从网络的 DHCP 服务器（libvirt 的 dnsmasq）获取地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allocation Pools</source>
        <translation>分配池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS Name Servers</source>
        <translation>DNS服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host Routes</source>
        <translation>主机路由</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1
(the default for this subnet)</source>
        <translation>%1
（此子网的默认值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 192.168.0.10,192.168.0.99</source>
        <translation>例如 192.168.0.10,192.168.0.99</translation>
    </message>
</context>
<context>
    <name>sd::SubnetDialog</name>
    <message>
        <location filename="../views/dialogs/subnetdialog.cpp" line="+23"/>
        <source>Edit Subnet %1 of Network %2</source>
        <translation>编辑网络 %2 的子网 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Subnet on Network %1</source>
        <translation>在网络 %1 上创建子网</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save updates subnet %1.</source>
        <translation>“保存”将更新子网 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create adds subnet %1 to network %2.</source>
        <translation>“创建”将把子网 %1 添加到网络 %2。</translation>
    </message>
</context>
<context>
    <name>sd::SubnetModel</name>
    <message>
        <location filename="../views/models/subnetmodel.cpp" line="+43"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allocation pools:
%1</source>
        <translation>分配池：
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances on this subnet get no default route from it</source>
        <translation>此子网上的云主机不会从中获得默认路由</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network Address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway IP</source>
        <translation>网关 IP</translation>
    </message>
</context>
<context>
    <name>sd::SubnetPage</name>
    <message>
        <location filename="../views/wizards/createnetwork/subnetpage.cpp" line="+17"/>
        <source>Disable Gateway</source>
        <translation>禁用网关</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A subnet gives the network its addresses. Enter the Network Address in CIDR form. Without a Gateway IP the subnet&apos;s first address becomes the gateway; check Disable Gateway for a subnet without one. DHCP, pools, DNS and routes are in Subnet Details.</source>
        <translation>子网为网络提供地址。请以 CIDR 形式输入网络地址。未指定网关 IP 时，子网的第一个地址将成为网关；对于没有网关的子网，请勾选“禁用网关”。DHCP、地址池、DNS 和路由位于“子网详情”中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 192.168.0.0/24 or 2001:db8::/64</source>
        <translation>例如 192.168.0.0/24 或 2001:db8::/64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subnet Name</source>
        <translation>子网名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network Address *</source>
        <translation>网络地址 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP Version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway IP</source>
        <translation>网关 IP</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A subnet&apos;s address cannot change; create another subnet instead</source>
        <translation>子网地址无法更改；请改为创建另一个子网</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (the subnet&apos;s first address)</source>
        <translation>%1（子网的第一个地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.0.254; empty: the subnet&apos;s first address</source>
        <translation>例如 192.168.0.254；为空：子网的第一个地址</translation>
    </message>
</context>
<context>
    <name>sd::SubnetService</name>
    <message>
        <location filename="../engine/network/subnetresolve.cpp" line="+31"/>
        <source>Subnet name: at most 255 characters</source>
        <translation>子网名称：最多 255 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subnet: give the network address in CIDR form, such as 10.0.0.0/24</source>
        <translation>子网：请以 CIDR 形式指定网络地址，例如 10.0.0.0/24</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <location filename="../engine/network/subnetservice.cpp" line="+112"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Subnet %1 is IPv%2, not IPv%3</source>
        <translation>子网 %1 是 IPv%2，而不是 IPv%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnet %1: too small for a gateway and addresses; use a prefix of at most /%2</source>
        <translation>子网 %1：太小，无法容纳网关和地址；请使用不超过 /%2 的前缀</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gateway &apos;%1&apos;: not an IP address</source>
        <translation>网关 &apos;%1&apos;：不是有效的 IP 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway %1 is outside subnet %2</source>
        <translation>网关 %1 不在子网 %2 内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway %1 is the network or broadcast address of subnet %2</source>
        <translation>网关 %1 是子网 %2 的网络地址或广播地址</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Allocation pool %1: &apos;%2&apos; is not an IP address</source>
        <translation>分配池 %1：&apos;%2&apos; 不是有效的 IP 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocation pool %1: the start is after the end</source>
        <translation>分配池 %1：起始地址在结束地址之后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocation pool %1 is outside subnet %2 (usable addresses %3-%4)</source>
        <translation>分配池 %1 不在子网 %2 内（可用地址 %3-%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway %1 is inside allocation pool %2</source>
        <translation>网关 %1 位于分配池 %2 内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocation pools %1 and %2 overlap</source>
        <translation>分配池 %1 与 %2 重叠</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>DNS name servers: at most 5 (%1 given)</source>
        <translation>DNS服务器：最多 5 个（指定了 %1 个）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS name server &apos;%1&apos;: not an IP address</source>
        <translation>DNS服务器 &apos;%1&apos;：不是有效的 IP 地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host route destination</source>
        <translation>主机路由目的地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host route %1: next hop &apos;%2&apos; is not an IP address</source>
        <translation>主机路由 %1：下一跳 &apos;%2&apos; 不是有效的 IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host route %1 via %2: not IPv%3 like the subnet</source>
        <translation>主机路由 %1 经由 %2：与子网不同，不是 IPv%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subnet %1 overlaps subnet %2 (%3) on the same network</source>
        <translation>子网 %1 与同一网络上的子网 %2（%3）重叠</translation>
    </message>
    <message>
        <location filename="../engine/network/subnetservice.cpp" line="-29"/>
        <location line="+63"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Subnet %1 belongs to another project; only its members or an admin may change it</source>
        <translation>子网 %1 属于其他项目；只有其成员或管理员可以修改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subnet %1: not found</source>
        <translation>子网 %1：未找到</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Network %1 belongs to project %2; only its members or an admin may add subnets</source>
        <translation>网络 %1 属于项目 %2；只有其成员或管理员可以添加子网</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Gateway %1 is already held by port %2</source>
        <translation>网关 %1 已被端口 %2 占用</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Subnet %1 still has addresses in use by ports %2; delete them or remove the router interface first</source>
        <translation>子网 %1 仍有地址被端口 %2 使用；请先删除这些端口或移除路由接口</translation>
    </message>
</context>
<context>
    <name>sd::SystemInfoPanel</name>
    <message>
        <location filename="../views/panels/systeminfopanel.cpp" line="+16"/>
        <source>Admin › System</source>
        <translation>管理员 › 系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System Information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compute services: one per host, with what its libvirt reports.</source>
        <translation>计算服务：每台主机一个，显示其 libvirt 上报的信息。</translation>
    </message>
</context>
<context>
    <name>sd::TaskDock</name>
    <message>
        <location filename="../views/widgets/taskdock.cpp" line="+18"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No tasks yet. Work that touches a host (adding or removing one) shows its progress here.</source>
        <translation>暂无任务。涉及主机的操作（添加或移除主机）会在此显示进度。</translation>
    </message>
</context>
<context>
    <name>sd::TaskModel</name>
    <message>
        <location filename="../views/models/taskmodel.cpp" line="+60"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase / Error</source>
        <translation>阶段 / 错误</translation>
    </message>
</context>
<context>
    <name>sd::TaskRunner</name>
    <message>
        <location filename="../engine/tasks/taskrunner.cpp" line="+92"/>
        <source>Task has no work</source>
        <translation>任务没有可执行的工作</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Task %1: no such task</source>
        <translation>任务 %1：不存在该任务</translation>
    </message>
</context>
<context>
    <name>sd::TenantCombo</name>
    <message>
        <location filename="../views/dialogs/tenantcombo.cpp" line="+11"/>
        <source>No primary project</source>
        <translation>无主项目</translation>
    </message>
</context>
<context>
    <name>sd::TopologyActions</name>
    <message>
        <location filename="../views/topology/topologyactions.cpp" line="+23"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>External network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+36"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>UP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  %2 (no gateway)</source>
        <translation>%1  %2（无网关）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 (gateway %3)</source>
        <translation>%1  %2（网关 %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <location line="+32"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Create Subnet…</source>
        <translation>创建子网…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Network…</source>
        <translation>删除网络…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Router</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>External Gateway</source>
        <translation>外部网关</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Interface…</source>
        <translation>增加接口…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Router…</source>
        <translation>删除路由…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instance</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Console</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete network %1?</source>
        <translation>删除网络 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its subnets go with it. A network with ports in use is not deleted; the message names the ports.</source>
        <translation>其子网将随之删除。有正在使用的端口的网络不会被删除；消息中会列出这些端口。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Router</source>
        <translation>删除路由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete router %1?</source>
        <translation>删除路由 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its external gateway goes with it.</source>
        <translation>其外部网关将随之删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It still has an interface: remove it first (Routers › Interfaces).</source>
        <translation>它仍有一个接口：请先移除该接口（路由 › 接口）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It still has %n interfaces: remove them first (Routers › Interfaces).</source>
        <translation>
            <numerusform>它仍有 %n 个接口：请先移除这些接口（路由 › 接口）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::TopologyInterfaceDialog</name>
    <message>
        <location filename="../views/topology/topologyinterfacedialog.cpp" line="+17"/>
        <source>Add Interface to %1</source>
        <translation>为 %1 增加接口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Interface</source>
        <translation>增加接口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The router takes the subnet&apos;s gateway address and routes between its subnets; with a gateway it also lets them reach the external network.</source>
        <translation>路由使用子网的网关地址，并在其各子网之间进行路由；设置网关后，还可使这些子网访问外部网络。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No subnet left to add</source>
        <translation>没有可添加的子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Router</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet *</source>
        <translation>子网 *</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every subnet of the project&apos;s networks is on this router already, or there is none: create a network with a subnet first.</source>
        <translation>项目网络中的每个子网都已连接到此路由，或者没有任何子网：请先创建带子网的网络。</translation>
    </message>
</context>
<context>
    <name>sd::TopologyPanel</name>
    <message>
        <location filename="../views/topology/topologypanel.cpp" line="+22"/>
        <source>Project › Network</source>
        <translation>项目 › 网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network Topology</source>
        <translation>网络拓扑</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to Window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom in (Ctrl+wheel up)</source>
        <translation>放大（Ctrl+滚轮向上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+wheel down)</source>
        <translation>缩小（Ctrl+滚轮向下）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole topology</source>
        <translation>显示整个拓扑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the topology at its real size</source>
        <translation>以实际大小显示拓扑</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide the CIDRs, the ports&apos; addresses and the routers&apos; and instances&apos; status</source>
        <translation>显示或隐藏 CIDR、端口地址以及路由和云主机的状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag to pan · click a network, router or instance for details and actions</source>
        <translation>拖动以平移 · 单击网络、路由或云主机以查看详情和操作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no networks, routers, or connected instances to display.</source>
        <translation>没有可显示的网络、路由或已连接的云主机。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>sd::TopologySubnetDialog</name>
    <message>
        <location filename="../views/topology/topologysubnetdialog.cpp" line="+14"/>
        <source>Create Subnet on %1</source>
        <translation>在 %1 上创建子网</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create Subnet</source>
        <translation>创建子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable Gateway</source>
        <translation>禁用网关</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enable DHCP</source>
        <translation>激活DHCP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A subnet gives the network&apos;s ports their addresses. The allocation pool is the whole subnet but the gateway; DHCP hands the addresses out.</source>
        <translation>子网为网络的端口提供地址。分配池为除网关外的整个子网；由 DHCP 分发地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 192.168.0.0/24 or fd00:1::/64</source>
        <translation>例如 192.168.0.0/24 或 fd00:1::/64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the subnet&apos;s first address</source>
        <translation>为空：子网的第一个地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnet Name</source>
        <translation>子网名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network Address *</source>
        <translation>网络地址 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway IP</source>
        <translation>网关 IP</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the subnet&apos;s network address (CIDR).</source>
        <translation>请输入子网的网络地址（CIDR）。</translation>
    </message>
</context>
<context>
    <name>sd::Units</name>
    <message>
        <location filename="../views/units.cpp" line="+20"/>
        <location line="+26"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+8"/>
        <location line="+15"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+20"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>sd::UploadVolumeDialog</name>
    <message>
        <location filename="../views/dialogs/uploadvolumedialog.cpp" line="+17"/>
        <source>Upload Volume %1 to Image</source>
        <translation>将卷 %1 上传到镜像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload the volume although an instance is using it</source>
        <translation>即使有云主机正在使用该卷，也上传它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The volume&apos;s data becomes a new private image of project %1.</source>
        <translation>卷的数据将成为项目 %1 的一个新的私有镜像。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QCOW2 - QEMU Emulator</source>
        <translation>QCOW2 - QEMU 模拟器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Name *</source>
        <translation>镜像名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Force</source>
        <translation>强制</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume %1 is in-use: check Force to upload it anyway</source>
        <translation>卷 %1 处于 in-use 状态：勾选“强制”以仍然上传</translation>
    </message>
</context>
<context>
    <name>sd::UsageDonut</name>
    <message>
        <location filename="../views/widgets/usagedonut.cpp" line="+75"/>
        <source>Used %1 of %2</source>
        <translation>已使用 %1，共 %2</translation>
    </message>
</context>
<context>
    <name>sd::UserActions</name>
    <message>
        <location filename="../views/panels/useractions.cpp" line="+21"/>
        <source>Create User…</source>
        <translation>创建用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit User…</source>
        <translation>编辑用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change Password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable User</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable User</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete User…</source>
        <translation>删除用户…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a user with a password, a primary project and a role on it</source>
        <translation>创建用户，并设置密码、主项目及其在主项目上的角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name, email, description or primary project of the user</source>
        <translation>修改用户的名称、电子邮件、描述或主项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for the user; the user&apos;s sessions end</source>
        <translation>为用户设置新密码；该用户的会话将结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected users sign in again</source>
        <translation>允许所选用户重新登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the selected users from signing in; their sessions end at once</source>
        <translation>阻止所选用户登录；其会话将立即结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected users and their role assignments</source>
        <translation>删除所选用户及其角色分配</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+8"/>
        <source>Delete User</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Delete Users</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete user %1?</source>
        <translation>删除用户 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 users: %2?</source>
        <translation>删除 %1 个用户：%2？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their role assignments and group memberships go with them. This action cannot be undone.</source>
        <translation>其角色分配和用户组成员关系将一并删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::UserModel</name>
    <message>
        <location filename="../views/models/usermodel.cpp" line="+43"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary Project</source>
        <translation>主项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
</context>
<context>
    <name>sd::UserPasswordDialog</name>
    <message>
        <location filename="../views/dialogs/userpassworddialog.cpp" line="+15"/>
        <source>Change Password of %1</source>
        <translation>修改 %1 的密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is signed out everywhere and signs in again with the new password.</source>
        <translation>%1 将在所有位置退出登录，需使用新密码重新登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password *</source>
        <translation>密码 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm Password *</source>
        <translation>确认密码 *</translation>
    </message>
</context>
<context>
    <name>sd::UserService</name>
    <message>
        <location filename="../engine/identity/userservice.cpp" line="+40"/>
        <source>Email &apos;%1&apos;: not an email address</source>
        <translation>电子邮件 &apos;%1&apos;：不是有效的电子邮件地址</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Minimum password length %1: must be 1 to 128</source>
        <translation>最小密码长度 %1：必须在 1 到 128 之间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Password: too short (%1 characters); use at least %2</source>
        <translation>密码：太短（%1 个字符）；至少需要 %2 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: longer than 1024 characters</source>
        <translation>密码：超过 1024 个字符</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+60"/>
        <location line="+88"/>
        <location line="+29"/>
        <source>User &apos;%1&apos;: no such user</source>
        <translation>用户 &apos;%1&apos;：不存在该用户</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+53"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+59"/>
        <source>User description</source>
        <translation>用户描述</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Cannot hash the password (libsodium failed)</source>
        <translation>无法对密码进行哈希（libsodium 出错）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>User name &apos;%1&apos; is already used; choose another name</source>
        <translation>用户名 &apos;%1&apos; 已被使用；请选择其他名称</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+64"/>
        <source>Primary project &apos;%1&apos;: no such project</source>
        <translation>主项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disable user %1: you cannot disable yourself</source>
        <translation>禁用用户 %1：您不能禁用自己</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disable user %1</source>
        <translation>禁用用户 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete user %1: you cannot delete yourself</source>
        <translation>删除用户 %1：您不能删除自己</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete user %1</source>
        <translation>删除用户 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Current password: does not match; your password was not changed</source>
        <translation>当前密码：不匹配；您的密码未修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password: the same as the current one; choose a new password</source>
        <translation>新密码：与当前密码相同；请选择新的密码</translation>
    </message>
</context>
<context>
    <name>sd::UserSettingsPanel</name>
    <message>
        <location filename="../views/panels/usersettingspanel.cpp" line="+19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User Settings</source>
        <translation>用户设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset window layout</source>
        <translation>重置窗口布局</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The language applies the next time StackDesk starts.</source>
        <translation>语言设置将在下次启动 StackDesk 时生效。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tables show every row, so filters and counts cover all of them. This is how many rows Page Up / Page Down and a click in the scroll bar move by.</source>
        <translation>表格显示所有行，因此过滤和计数涵盖全部行。此值决定按 Page Up / Page Down 或点击滚动条时移动的行数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many lines of an instance&apos;s console log to show at first.</source>
        <translation>初始显示的云主机控制台日志行数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables show every row; a page is how far Page Up and Page Down scroll.</source>
        <translation>表格显示所有行；一页即按 Page Up 和 Page Down 时滚动的距离。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much of an instance&apos;s console log its Log tab shows at first.</source>
        <translation>云主机的“日志”选项卡初始显示的控制台日志量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic (VNC, then SPICE, then serial)</source>
        <translation>自动（依次尝试 VNC、SPICE、串口）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial</source>
        <translation>串口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (no Console tab or action)</source>
        <translation>None（不显示“控制台”选项卡和操作）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which console the Console action and tab open, for the whole cloud.</source>
        <translation>“控制台”操作和选项卡打开哪种控制台，对整个云生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which console the Console action and tab open; an administrator sets it.</source>
        <translation>“控制台”操作和选项卡打开哪种控制台；由管理员设置。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Puts the window size and the Tasks dock back where they started.</source>
        <translation>将窗口大小和“任务”停靠面板恢复到初始位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items Per Page</source>
        <translation>每页条目数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log Lines Per Instance</source>
        <translation>每台云主机的日志行数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Console Type</source>
        <translation>控制台类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window layout</source>
        <translation>窗口布局</translation>
    </message>
</context>
<context>
    <name>sd::UsersPanel</name>
    <message>
        <location filename="../views/panels/userspanel.cpp" line="+17"/>
        <source>Identity</source>
        <translation>身份管理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Role Assignments</source>
        <translation>角色分配</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Role Assignments of %1</source>
        <translation>%1 的角色分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role Assignments (select one user)</source>
        <translation>角色分配（请选择一个用户）</translation>
    </message>
</context>
<context>
    <name>sd::VisibilityCombo</name>
    <message>
        <location filename="../views/widgets/visibilitycombo.cpp" line="+26"/>
        <source>Only the owning project can see and use the image</source>
        <translation>只有所属项目可以查看和使用该镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The owning project and the projects added with Manage Members</source>
        <translation>所属项目以及通过“管理成员”添加的项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every project can use the image; it is listed under Community, not Public</source>
        <translation>所有项目都可以使用该镜像；它列在“社区”而非“公有”下</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every project sees and can use the image (administrators only)</source>
        <translation>所有项目都可以查看和使用该镜像（仅限管理员）</translation>
    </message>
</context>
<context>
    <name>sd::VncConnection</name>
    <message>
        <location filename="../engine/console/vncconnection.cpp" line="+169"/>
        <source>VNC: out of memory</source>
        <translation>VNC：内存不足</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VNC: the password was refused (%1)</source>
        <translation>VNC：密码被拒绝（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+52"/>
        <source>VNC: %1</source>
        <translation>VNC：%1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+53"/>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
</context>
<context>
    <name>sd::VncSession</name>
    <message>
        <location filename="../engine/console/vncsession.cpp" line="+41"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Instance %1 has no VNC graphics device</source>
        <translation>云主机 %1 没有 VNC 图形设备</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>VNC: not connected</source>
        <translation>VNC：未连接</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>VNC types only what a US keyboard can: %1 left out</source>
        <translation>VNC 只能输入美式键盘可输入的字符：已略过 %1</translation>
    </message>
</context>
<context>
    <name>sd::VolumeActions</name>
    <message>
        <location filename="../views/panels/volumeactions.cpp" line="+75"/>
        <location line="+8"/>
        <location line="+190"/>
        <source>Create Volume…</source>
        <translation>创建卷…</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+8"/>
        <source>Accept Transfer…</source>
        <translation>接受转让…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Take over a volume another project offers, with its transfer ID and key</source>
        <translation>使用转让 ID 和密钥接收另一个项目提供的卷</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the name, the description and the bootable flag</source>
        <translation>修改名称、描述和可启动标志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the volume larger</source>
        <translation>扩大卷的容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch an instance that boots from this volume</source>
        <translation>创建一个从此卷启动的云主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach the volume to an instance, or detach it</source>
        <translation>将卷连接到云主机，或将其分离</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep a copy of the volume as it is now in its pool</source>
        <translation>在卷所在的存储池中保留一份卷当前状态的副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the volume&apos;s data to the backup location</source>
        <translation>将卷的数据复制到备份位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the volume to another volume type&apos;s pool</source>
        <translation>将卷移动到另一个卷类型的存储池</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a new image of the project from the volume&apos;s data</source>
        <translation>用卷的数据为项目创建一个新镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer the volume to another project</source>
        <translation>将卷提供给另一个项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the offer; the volume stays in this project</source>
        <translation>撤回转让；卷保留在此项目中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected volumes and their data</source>
        <translation>删除所选卷及其数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, change or remove the volume&apos;s metadata</source>
        <translation>添加、修改或删除卷的元数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+139"/>
        <source>Delete Volumes…</source>
        <translation>删除卷…</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Edit Volume</source>
        <translation>编辑卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend Volume</source>
        <translation>扩展卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch as Instance</source>
        <translation>作为云主机启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage Attachments</source>
        <translation>管理连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Volume Type</source>
        <translation>更改卷类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload to Image</source>
        <translation>上传到镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Transfer</source>
        <translation>创建转让</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+259"/>
        <location line="+3"/>
        <source>Cancel Transfer</source>
        <translation>取消转让</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+281"/>
        <location line="+3"/>
        <source>Delete Volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Update Metadata</source>
        <translation>更新元数据</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume %1 is %2: %3 needs it %4</source>
        <translation>卷 %1 处于 %2 状态：“%3”要求其处于 %4 状态</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Volume %1 has %n snapshot(s): delete them first</source>
        <translation>
            <numerusform>卷 %1 有 %n 个快照：请先删除它们</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume %1 has no transfer to cancel</source>
        <translation>卷 %1 没有可取消的转让</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Create Snapshot (Quota exceeded)</source>
        <translation>创建快照（超出配额）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Volume…</source>
        <translation>删除卷…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Transfers…</source>
        <translation>取消转让…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel Transfer…</source>
        <translation>取消转让…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create Volume (Quota exceeded)</source>
        <translation>创建卷（超出配额）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a volume in project %1</source>
        <translation>在项目 %1 中创建卷</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The transfer ID and key stop working; the volumes stay in this project and become available again. This action cannot be undone.</source>
        <translation>转让 ID 和密钥将失效；卷保留在此项目中并重新变为可用。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>Left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+3"/>
        <source>Cancel Transfers</source>
        <translation>取消转让</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel the transfer of volume %1?</source>
        <translation>要取消卷 %1 的转让吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the transfers of %1 volumes: %2?</source>
        <translation>要取消 %1 个卷的转让吗：%2？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted volumes are not recoverable. All data stored in the volume will be removed.</source>
        <translation>已删除的卷无法恢复。卷中存储的所有数据都将被删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Delete Volumes</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete volume %1?</source>
        <translation>要删除卷 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 volumes: %2?</source>
        <translation>要删除 %1 个卷吗：%2？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update Metadata of Volume %1</source>
        <translation>更新卷 %1 的元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata are free key/value pairs that describe the volume to people and scripts. Keys and values take at most 255 characters.</source>
        <translation>元数据是任意的键/值对，用于向人员和脚本描述卷。键和值最多 255 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A metadata key must not be empty</source>
        <translation>元数据键不能为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata key %1… is longer than 255 characters</source>
        <translation>元数据键 %1… 超过 255 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 is longer than 255 characters</source>
        <translation>%1 的值超过 255 个字符</translation>
    </message>
</context>
<context>
    <name>sd::VolumeBackupActions</name>
    <message>
        <location filename="../views/panels/volumebackupactions.cpp" line="+18"/>
        <source>Restore Backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Delete Volume Backup…</source>
        <translation>删除卷备份…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup %1 is %2: wait until it is available</source>
        <translation>备份 %1 处于 %2 状态：请等待其变为可用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select one backup to restore</source>
        <translation>请选择一个要恢复的备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore backup %1 into a new or an existing volume</source>
        <translation>将备份 %1 恢复到新卷或现有卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup %1 is %2: only an available backup can be restored</source>
        <translation>备份 %1 处于 %2 状态：只能恢复可用的备份</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Volume Backups…</source>
        <translation>删除卷备份…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the %1 selected backups</source>
        <translation>删除所选的 %1 个备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected backup&apos;s file; its volume is not touched</source>
        <translation>删除所选备份的文件；其卷不受影响</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup files are removed; the volumes they were made of are not touched. This cannot be undone.</source>
        <translation>备份文件将被删除；生成这些备份的卷不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Delete Volume Backup</source>
        <translation>删除卷备份</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Delete Volume Backups</source>
        <translation>删除卷备份</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete volume backup %1?</source>
        <translation>要删除卷备份 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 volume backups: %2?</source>
        <translation>要删除 %1 个卷备份吗：%2？</translation>
    </message>
</context>
<context>
    <name>sd::VolumeBackupModel</name>
    <message>
        <location filename="../views/models/volumebackupmodel.cpp" line="+76"/>
        <source>ID %1
Created %2</source>
        <translation>ID %1
创建于 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file holds %1</source>
        <translation>备份文件包含 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume ID %1</source>
        <translation>卷 ID %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
</context>
<context>
    <name>sd::VolumeBackupsPanel</name>
    <message>
        <location filename="../views/panels/volumebackupspanel.cpp" line="+16"/>
        <source>Admin › Volume</source>
        <translation>管理员 › 卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Volumes</source>
        <translation>项目 › 卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Backups</source>
        <translation>卷备份</translation>
    </message>
</context>
<context>
    <name>sd::VolumeBoot</name>
    <message>
        <location filename="../engine/volume/volumeboot.cpp" line="+26"/>
        <source>Volume size</source>
        <translation>卷大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume size: the volume size must be at least %1 GB for %2; %3 GB is too small</source>
        <translation>卷大小：%2 要求卷大小至少为 %1 GB；%3 GB 太小</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Volume: choose the volume to boot from</source>
        <translation>卷：请选择要从中启动的卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count: volume %1 can boot one instance, not %2; boot more instances from an image or a volume snapshot</source>
        <translation>数量：卷 %1 只能启动一个云主机，而不是 %2 个；请从镜像或卷快照启动更多云主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume %1 belongs to project %2: an instance boots from a volume of its own project</source>
        <translation>卷 %1 属于项目 %2：云主机只能从其所属项目的卷启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is %2: an instance boots from an available volume</source>
        <translation>卷 %1 处于 %2 状态：云主机只能从可用的卷启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume %1 is not bootable: mark it bootable (Edit Volume, or volume set --bootable) to boot from it</source>
        <translation>卷 %1 不可启动：请将其标记为可启动（“编辑卷”，或 volume set --bootable）后再从其启动</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Volume snapshot: choose the snapshot to boot from</source>
        <translation>卷快照：请选择要从中启动的快照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %1 is %2: a volume is made from an available one</source>
        <translation>快照 %1 处于 %2 状态：只能从可用的快照创建卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1: its volume is gone</source>
        <translation>快照 %1：其卷已不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume type %1: a volume from snapshot %2 is made in the snapshot&apos;s type %3</source>
        <translation>卷类型 %1：从快照 %2 创建的卷属于该快照的类型 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Image %1 is %2: a volume is made from an active image</source>
        <translation>镜像 %1 处于 %2 状态：只能从活动镜像创建卷</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>image %1</source>
        <translation>镜像 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Volume %1: no such volume</source>
        <translation>卷 %1：不存在该卷</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>Boot</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Root disk of instance %1</source>
        <translation>云主机 %1 的根磁盘</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Boot volume %1 is gone</source>
        <translation>启动卷 %1 已不存在</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Boot volume %1 is %2: the instance cannot boot from it</source>
        <translation>启动卷 %1 处于 %2 状态：云主机无法从其启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot volume %1 could not be made: %2</source>
        <translation>无法创建启动卷 %1：%2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Instance %1 boots from volume %2: %3 makes a new root disk from an image, which a volume-backed instance does not have here</source>
        <translation>云主机 %1 从卷 %2 启动：“%3”需要从镜像创建新的根磁盘，而从卷启动的云主机在此没有这样的镜像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance %1 boots from volume %2: snapshot the volume, or use Upload to Image on it, to make an image of its disk</source>
        <translation>云主机 %1 从卷 %2 启动：要为其磁盘创建镜像，请为该卷创建快照，或对其使用“上传到镜像”</translation>
    </message>
</context>
<context>
    <name>sd::VolumeCopyDialog</name>
    <message>
        <location filename="../views/dialogs/volumecopydialog.cpp" line="+18"/>
        <source>Create Volume Snapshot of %1</source>
        <translation>创建 %1 的卷快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Volume Backup of %1</source>
        <translation>创建 %1 的卷备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Volume Snapshot</source>
        <translation>创建卷快照</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create Volume Backup</source>
        <translation>创建卷备份</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A snapshot keeps the volume&apos;s data as it is now, in the volume&apos;s own pool; new volumes can be made from it.</source>
        <translation>快照将卷当前的数据保存在卷自身所在的存储池中；可以从快照创建新卷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup copies the volume&apos;s data to the backup location, away from its host; it can be restored into a volume later.</source>
        <translation>备份将卷的数据复制到远离其主机的备份位置；之后可以将其恢复到卷中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is attached: its data is copied while the instance may be writing to it (forced).</source>
        <translation>卷 %1 已连接：复制其数据时云主机可能正在写入（强制）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapshot Name *</source>
        <translation>快照名称 *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup Name *</source>
        <translation>备份名称 *</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Snapshot name</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup name</source>
        <translation>备份名称</translation>
    </message>
</context>
<context>
    <name>sd::VolumeModel</name>
    <message>
        <location filename="../views/models/volumemodel.cpp" line="+71"/>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attaching</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detaching</source>
        <translation>分离中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extending</source>
        <translation>扩展中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retyping</source>
        <translation>更改类型中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing Up</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring Backup</source>
        <translation>恢复备份中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error Deleting</source>
        <translation>删除出错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error Extending</source>
        <translation>扩展出错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error Restoring</source>
        <translation>恢复出错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting Transfer</source>
        <translation>等待转让</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ID %1
Created %2</source>
        <translation>ID %1
创建于 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root disk of its instance</source>
        <translation>其云主机的根磁盘</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached To</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
</context>
<context>
    <name>sd::VolumeQuota</name>
    <message>
        <location filename="../views/models/volumequota.cpp" line="+28"/>
        <source>You are already using all of your available volumes (quota %1).</source>
        <translation>您已用完所有可用的卷（配额 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are already using all of your available gigabytes (quota %1 GiB).</source>
        <translation>您已用完所有可用的容量（配额 %1 GiB）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are already using all of your available snapshots (quota %1).</source>
        <translation>您已用完所有可用的快照（配额 %1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A volume of %1 GiB cannot be created as you only have %2 GiB of your quota available.</source>
        <translation>无法创建 %1 GiB 的卷，因为您的配额只剩 %2 GiB 可用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are already using all of your available volumes.</source>
        <translation>您已用完所有可用的卷。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume cannot be extended to %1 GiB as the maximum size it can be extended to is %2 GiB.</source>
        <translation>无法将卷扩展到 %1 GiB，因为它最多只能扩展到 %2 GiB。</translation>
    </message>
</context>
<context>
    <name>sd::VolumeService</name>
    <message>
        <location filename="../engine/volume/volumeactions.cpp" line="+51"/>
        <source>New size</source>
        <translation>新大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New size: volume %1 is %2 GiB; it can only grow (give more than %2 GiB)</source>
        <translation>新大小：卷 %1 为 %2 GiB；卷只能扩大（请指定大于 %2 GiB 的值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/volume/volumecreate.cpp" line="+161"/>
        <location filename="../engine/volume/volumebackups.cpp" line="+219"/>
        <location filename="../engine/volume/volumesnapshots.cpp" line="+81"/>
        <source>Volume %1</source>
        <translation>卷 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host %1 cannot resize a disk under a running instance; shut instance %2 off first</source>
        <translation>主机 %1 无法在云主机运行时调整磁盘大小；请先将云主机 %2 关机</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Extend</source>
        <translation>扩展</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extend volume %1 to %2 GiB</source>
        <translation>将卷 %1 扩展到 %2 GiB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Growing to %1 GiB</source>
        <translation>正在扩大到 %1 GiB</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Volume %1 is attached to instance %2: detach it first</source>
        <translation>卷 %1 已连接到云主机 %2：请先将其分离</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is awaiting transfer: cancel the transfer first</source>
        <translation>卷 %1 正在等待转让：请先取消转让</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Volume %1 has %n snapshot(s): delete them first</source>
        <translation>
            <numerusform>卷 %1 有 %n 个快照：请先删除它们</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete volume %1</source>
        <translation>删除卷 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing the volume&apos;s data</source>
        <translation>正在删除卷的数据</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Volume type: volume %1 is of type %2 already</source>
        <translation>卷类型：卷 %1 已经是 %2 类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Migration policy: moving volume %1 into the pool of type %2 copies its data; choose On Demand</source>
        <translation>迁移策略：将卷 %1 移入类型 %2 的存储池需要复制其数据；请选择“按需”（on-demand）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Volume %1 has %n snapshot(s), which stay in its pool: delete them before a retype</source>
        <translation>
            <numerusform>卷 %1 有 %n 个快照，它们会留在其存储池中：更改卷类型前请先删除它们</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change Volume Type</source>
        <translation>更改卷类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retype volume %1 to %2</source>
        <translation>将卷 %1 的类型更改为 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preparing the pool of type %1</source>
        <translation>正在准备类型 %1 的存储池</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying the data into the pool of type %1</source>
        <translation>正在将数据复制到类型 %1 的存储池</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disk format &apos;%1&apos;: use qcow2 or raw</source>
        <translation>磁盘格式 &apos;%1&apos;：请使用 qcow2 或 raw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 is in-use by instance %2: upload it with force (the image is then a crash-consistent copy)</source>
        <translation>卷 %1 正被云主机 %2 使用：请强制上传（镜像将是崩溃一致的副本）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Upload to Image</source>
        <translation>上传到镜像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upload volume %1 to image %2</source>
        <translation>将卷 %1 上传到镜像 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>qemu-img create failed: %1</source>
        <translation>qemu-img create 失败：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the volume: %1 of %2 MiB</source>
        <translation>正在读取卷：%1 / %2 MiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Converting to %1</source>
        <translation>正在转换为 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>qemu-img convert failed: %1</source>
        <translation>qemu-img convert 失败：%1</translation>
    </message>
    <message>
        <location filename="../engine/volume/volumecreate.cpp" line="-102"/>
        <location filename="../engine/volume/volumeservice.cpp" line="+185"/>
        <source>Volume name: %1 characters, at most 255</source>
        <translation>卷名称：%1 个字符，最多 255 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/volume/volumebackups.cpp" line="-140"/>
        <location filename="../engine/volume/volumeservice.cpp" line="+4"/>
        <location filename="../engine/volume/volumesnapshots.cpp" line="-3"/>
        <location line="+99"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volume source: give at most one of image, snapshot and source volume</source>
        <translation>卷源：镜像、快照和源卷最多只能指定其一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image %1 is %2: a volume is made from an active image</source>
        <translation>镜像 %1 处于 %2 状态：只能从活动镜像创建卷</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Size: the volume size must be at least %1 GiB for image %2 (its size and min_disk); %3 GiB is too small</source>
        <translation>大小：镜像 %2 要求卷大小至少为 %1 GiB（其大小及 min_disk）；%3 GiB 太小</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapshot %1 is %2: a volume is made from an available one</source>
        <translation>快照 %1 处于 %2 状态：只能从可用的快照创建卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1: its volume is gone</source>
        <translation>快照 %1：其卷已不存在</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Volume %1 is %2: a copy is made of an available volume</source>
        <translation>卷 %1 处于 %2 状态：只能复制可用的卷</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Size: %1 GiB is smaller than %2 %3 (%4 GiB)</source>
        <translation>大小：%1 GiB 小于 %2 %3（%4 GiB）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: its volume type is gone</source>
        <translation>%1：其卷类型已不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume type %1: a copy of %2 is made in its type %3; retype it afterwards</source>
        <translation>卷类型 %1：%2 的副本在其类型 %3 中创建；请在之后更改卷类型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is on another host, where its copy is made</source>
        <translation>%1：%2 位于另一台主机上，副本将在那里创建</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Availability zone %1: %2 is on host %3 in zone %4, where its copy is made</source>
        <translation>可用域 %1：%2 位于可用域 %4 中的主机 %3 上，副本将在那里创建</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../engine/volume/volumeservice.cpp" line="+10"/>
        <source>Metadata &apos;%1&apos;: keys 1 to 255 characters, values at most 255</source>
        <translation>元数据 &apos;%1&apos;：键为 1 到 255 个字符，值最多 255 个字符</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Create volume %1 (%2 GiB)</source>
        <translation>创建卷 %1（%2 GiB）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the pool of type %1 on %2</source>
        <translation>正在 %2 上准备类型 %1 的存储池</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating %1 GiB</source>
        <translation>正在创建 %1 GiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copying %1 %2</source>
        <translation>正在复制 %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copying: %1 of %2 MiB</source>
        <translation>正在复制：%1 / %2 MiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volume %1 is available</source>
        <translation>卷 %1 已可用</translation>
    </message>
    <message>
        <location filename="../engine/volume/volumebackups.cpp" line="-46"/>
        <source>Backup &apos;%1&apos;: no such volume backup</source>
        <translation>备份 &apos;%1&apos;：不存在该卷备份</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup &apos;%1&apos;: %2 backups have this name; use the ID</source>
        <translation>备份 &apos;%1&apos;：有 %2 个备份使用此名称；请使用 ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All projects: only administrators may list every project&apos;s backups</source>
        <translation>所有项目：只有管理员可以列出所有项目的备份</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup name: %1 characters, at most 255</source>
        <translation>备份名称：%1 个字符，最多 255 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume %1 is in-use by instance %2: a backup of an attached volume needs force (it is then crash-consistent)</source>
        <translation>卷 %1 正被云主机 %2 使用：备份已连接的卷需要强制执行（备份将是崩溃一致的）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create Backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up volume %1</source>
        <translation>备份卷 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up: %1 of %2 MiB</source>
        <translation>正在备份：%1 / %2 MiB</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Backup %1 is %2: Restore needs it available</source>
        <translation>备份 %1 处于 %2 状态：“恢复”要求其处于 available 状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup %1: its data file %2 is missing</source>
        <translation>备份 %1：其数据文件 %2 缺失</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volume %1 is %2 GiB; backup %3 needs at least %4 GiB</source>
        <translation>卷 %1 为 %2 GiB；备份 %3 至少需要 %4 GiB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume %1 holds %2 data and backup %3 is %4: restore into a volume of the backup&apos;s kind, or into a new volume</source>
        <translation>卷 %1 存放 %2 格式的数据，而备份 %3 是 %4 格式：请恢复到与备份格式相同的卷中，或恢复到新卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup %1 is %2 data; volume type %3 holds %4: restore into an existing %2 volume</source>
        <translation>备份 %1 是 %2 格式的数据；卷类型 %3 存放 %4 格式：请恢复到现有的 %2 卷中</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Restore backup %1 into volume %2</source>
        <translation>将备份 %1 恢复到卷 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring: %1 of %2 MiB</source>
        <translation>正在恢复：%1 / %2 MiB</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Backup %1 is %2: Delete needs it available or error</source>
        <translation>备份 %1 处于 %2 状态：“删除”要求其处于 available 或 error 状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup %1: its file %2 cannot be removed</source>
        <translation>备份 %1：无法删除其文件 %2</translation>
    </message>
    <message>
        <location filename="../engine/volume/volumetransfers.cpp" line="+42"/>
        <source>All projects: only administrators may list every project&apos;s transfers</source>
        <translation>所有项目：只有管理员可以列出所有项目的转让</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transfer name: %1 characters, at most 255</source>
        <translation>转让名称：%1 个字符，最多 255 个</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create Transfer</source>
        <translation>创建转让</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+60"/>
        <source>Transfer &apos;%1&apos;: no such volume transfer</source>
        <translation>转让 &apos;%1&apos;：不存在该卷转让</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Transfer %1: the authorization key is wrong</source>
        <translation>转让 %1：授权密钥错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer %1: volume %2 is in your project already</source>
        <translation>转让 %1：卷 %2 已在您的项目中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer %1: its volume is gone</source>
        <translation>转让 %1：其卷已不存在</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Transfer &apos;%1&apos;: several transfers have this name; use the ID</source>
        <translation>转让 &apos;%1&apos;：有多个转让使用此名称；请使用 ID</translation>
    </message>
    <message>
        <location filename="../engine/volume/volumeservice.cpp" line="-108"/>
        <source>%1: %2 GiB is not 1 to 16384 GiB</source>
        <translation>%1：%2 GiB 不在 1 到 16384 GiB 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume &apos;%1&apos;: no such volume</source>
        <translation>卷 &apos;%1&apos;：不存在该卷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume: give its name or ID</source>
        <translation>卷：请指定其名称或 ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Volume &apos;%1&apos;: %2 volumes have this name; use the ID</source>
        <translation>卷 &apos;%1&apos;：有 %2 个卷使用此名称；请使用 ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All projects, project and host filters: only administrators may use them</source>
        <translation>所有项目、项目和主机过滤条件：只有管理员可以使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status &apos;%1&apos;: use one of %2</source>
        <translation>状态 &apos;%1&apos;：请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host &apos;%1&apos;: no such host</source>
        <translation>主机 &apos;%1&apos;：不存在该主机</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Volume %1 has no metadata key %2</source>
        <translation>卷 %1 没有元数据键 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Volume %1: no such volume (deleted)</source>
        <translation>卷 %1：不存在该卷（已删除）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is still %2 after %3 s</source>
        <translation>%3 秒后卷 %1 仍处于 %2 状态</translation>
    </message>
    <message>
        <location filename="../engine/volume/volumesnapshots.cpp" line="-154"/>
        <source>Snapshot &apos;%1&apos;: no such volume snapshot</source>
        <translation>快照 &apos;%1&apos;：不存在该卷快照</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Snapshot &apos;%1&apos;: %2 snapshots have this name; use the ID</source>
        <translation>快照 &apos;%1&apos;：有 %2 个快照使用此名称；请使用 ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All projects: only administrators may list every project&apos;s snapshots</source>
        <translation>所有项目：只有管理员可以列出所有项目的快照</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+96"/>
        <source>Snapshot name: %1 characters, at most 255</source>
        <translation>快照名称：%1 个字符，最多 255 个</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Volume %1 is in-use by instance %2: a snapshot of an attached volume needs force</source>
        <translation>卷 %1 正被云主机 %2 使用：为已连接的卷创建快照需要强制执行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volume %1 is in use by running instance %2, whose QEMU holds the disk locked: detach the volume or shut the instance off, then take the snapshot</source>
        <translation>卷 %1 正被运行中的云主机 %2 使用，其 QEMU 锁定了该磁盘：请分离该卷或将云主机关机，然后再创建快照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is %2: Create Snapshot needs it available</source>
        <translation>卷 %1 处于 %2 状态：“创建快照”要求其处于 available 状态</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Snapshot volume %1</source>
        <translation>为卷 %1 创建快照</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copying the volume</source>
        <translation>正在复制卷</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Snapshot %1 is %2: try again when it settles</source>
        <translation>快照 %1 处于 %2 状态：请等其状态稳定后重试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete snapshot %1</source>
        <translation>删除快照 %1</translation>
    </message>
    <message>
        <location filename="../engine/volume/volumeattachments.cpp" line="+38"/>
        <source>Domain %1 is gone from its host</source>
        <translation>虚拟机 %1 已从其主机上消失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain %1: its definition cannot be read</source>
        <translation>虚拟机 %1：无法读取其定义</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Volume %1 belongs to project %2, instance %3 to project %4</source>
        <translation>卷 %1 属于项目 %2，而云主机 %3 属于项目 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is attached to instance %2: a volume attaches to one instance at a time; detach it first</source>
        <translation>卷 %1 已连接到云主机 %2：一个卷同一时间只能连接到一个云主机；请先将其分离</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device name &apos;%1&apos;: use /dev/vdb to /dev/vdz, or leave it empty to take the next free one</source>
        <translation>设备名称 &apos;%1&apos;：请使用 /dev/vdb 到 /dev/vdz，或留空以使用下一个空闲设备</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume %1: its volume type is gone</source>
        <translation>卷 %1：其卷类型已不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume %1 is on host %2 (type %3 keeps it on that host&apos;s disk); instance %4 runs on host %5: attach it to an instance on %2, or use a shared type (NFS, iSCSI, RBD)</source>
        <translation>卷 %1 位于主机 %2（类型 %3 使其保留在该主机的磁盘上）；云主机 %4 运行在主机 %5 上：请将其连接到 %2 上的云主机，或使用共享类型（NFS、iSCSI、RBD）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>Instance %1</source>
        <translation>云主机 %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Host %1 cannot hot-plug disks; shut instance %2 off first</source>
        <translation>主机 %1 无法热插入磁盘；请先将云主机 %2 关机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach volume %1 to instance %2</source>
        <translation>将卷 %1 连接到云主机 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plugging the disk in</source>
        <translation>正在插入磁盘</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Volume %1 is not attached to instance %2</source>
        <translation>卷 %1 未连接到云主机 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 is the root disk of instance %2: it cannot be detached (delete the instance, or rebuild it)</source>
        <translation>卷 %1 是云主机 %2 的根磁盘：无法分离（请删除或重建该云主机）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host %1 cannot hot-unplug disks; shut instance %2 off first</source>
        <translation>主机 %1 无法热拔出磁盘；请先将云主机 %2 关机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach</source>
        <translation>分离</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Detach volume %1 from instance %2</source>
        <translation>从云主机 %2 分离卷 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unplugging the disk</source>
        <translation>正在拔出磁盘</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Instance %1 has volume(s) %2 attached, whose data stays in host %3&apos;s pools: detach them before %4</source>
        <translation>云主机 %1 连接了卷 %2，其数据保留在主机 %3 的存储池中：执行“%4”之前请先将其分离</translation>
    </message>
</context>
<context>
    <name>sd::VolumeSnapshotActions</name>
    <message>
        <location filename="../views/panels/volumesnapshotactions.cpp" line="+22"/>
        <source>Create Volume…</source>
        <translation>创建卷…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch as Instance…</source>
        <translation>作为云主机启动…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Snapshot…</source>
        <translation>编辑快照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Delete Volume Snapshot…</source>
        <translation>删除卷快照…</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Launch…</source>
        <translation>启动…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Snapshot %1 is %2: wait until it is available</source>
        <translation>快照 %1 处于 %2 状态：请等待其变为可用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select one snapshot to make a volume of</source>
        <translation>请选择一个要用于创建卷的快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new volume with the data of snapshot %1</source>
        <translation>用快照 %1 的数据创建新卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot %1 is %2: a volume can be made of an available one</source>
        <translation>快照 %1 处于 %2 状态：只能从可用的快照创建卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one snapshot to launch an instance from</source>
        <translation>请选择一个快照以从中创建云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch an instance that boots from a new volume made of snapshot %1</source>
        <translation>创建一个从快照 %1 生成的新卷启动的云主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the name and description of snapshot %1</source>
        <translation>修改快照 %1 的名称和描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one snapshot to edit</source>
        <translation>请选择一个要编辑的快照</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Volume Snapshots…</source>
        <translation>删除卷快照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the %1 selected snapshots</source>
        <translation>删除所选的 %1 个快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected snapshot; volumes made from it keep their data</source>
        <translation>删除所选快照；从它创建的卷保留其数据</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The copies are removed from their hosts&apos; pools. Volumes made from them keep their data. This cannot be undone.</source>
        <translation>副本将从其主机的存储池中删除。从它们创建的卷保留其数据。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out: %1</source>
        <translation>已略过：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Delete Volume Snapshot</source>
        <translation>删除卷快照</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Delete Volume Snapshots</source>
        <translation>删除卷快照</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete volume snapshot %1?</source>
        <translation>要删除卷快照 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 volume snapshots: %2?</source>
        <translation>要删除 %1 个卷快照吗：%2？</translation>
    </message>
</context>
<context>
    <name>sd::VolumeSnapshotModel</name>
    <message>
        <location filename="../views/models/volumesnapshotmodel.cpp" line="+95"/>
        <source>ID %1
Created %2</source>
        <translation>ID %1
创建于 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume ID %1</source>
        <translation>卷 ID %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
</context>
<context>
    <name>sd::VolumeSnapshotsPanel</name>
    <message>
        <location filename="../views/panels/volumesnapshotspanel.cpp" line="+16"/>
        <source>Admin › Volume</source>
        <translation>管理员 › 卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Volumes</source>
        <translation>项目 › 卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Snapshots</source>
        <translation>卷快照</translation>
    </message>
</context>
<context>
    <name>sd::VolumeStorage</name>
    <message>
        <location filename="../engine/volume/volumestorage.cpp" line="+36"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>folder on each host that holds the volumes (must exist)</source>
        <translation>每台主机上存放卷的文件夹（必须已存在）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NFS server</source>
        <translation>NFS 服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported folder on the server</source>
        <translation>服务器上导出的文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mount point on each host</source>
        <translation>每台主机上的挂载点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nfs (default), cifs or glusterfs</source>
        <translation>nfs（默认）、cifs 或 glusterfs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LVM volume group</source>
        <translation>LVM 卷组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>physical volume of the group (/dev/sdb)</source>
        <translation>卷组的物理卷（/dev/sdb）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device folder (default /dev/&lt;volume group&gt;)</source>
        <translation>设备文件夹（默认 /dev/&lt;volume group&gt;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>iSCSI portal</source>
        <translation>iSCSI 门户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target&apos;s qualified name (iqn.2004-01.org.example:disk1)</source>
        <translation>目标的限定名称（iqn.2004-01.org.example:disk1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portal&apos;s port (default 3260)</source>
        <translation>门户的端口（默认 3260）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device folder (default /dev/disk/by-path)</source>
        <translation>设备文件夹（默认 /dev/disk/by-path）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceph monitors, comma separated (host or host:port)</source>
        <translation>Ceph 监视器，以逗号分隔（host 或 host:port）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceph pool</source>
        <translation>Ceph 存储池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cephx user (with secret_uuid)</source>
        <translation>cephx 用户（与 secret_uuid 一起使用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt secret holding the user&apos;s key (with auth_username)</source>
        <translation>保存该用户密钥的 libvirt 密钥（secret）（与 auth_username 一起使用）</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Pool option %1: %2 is not an absolute path</source>
        <translation>存储池选项 %1：%2 不是绝对路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool option %1: %2 must not go up with ..</source>
        <translation>存储池选项 %1：%2 不能用 .. 向上跳转</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pool option %1: %2 is not a host name or address</source>
        <translation>存储池选项 %1：%2 不是主机名或地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool option %1: %2 names no host</source>
        <translation>存储池选项 %1：%2 未指定主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool option %1: %2 is not a host name or address (host or host:port)</source>
        <translation>存储池选项 %1：%2 不是主机名或地址（host 或 host:port）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pool option %1: %2 is not an iSCSI qualified name (iqn.2004-01.org.example:disk1)</source>
        <translation>存储池选项 %1：%2 不是 iSCSI 限定名称（iqn.2004-01.org.example:disk1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pool option %1: %2 is not a port from 1 to 65535</source>
        <translation>存储池选项 %1：%2 不是 1 到 65535 之间的端口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pool option %1: %2 is not a valid name (letters, digits, _ + . -)</source>
        <translation>存储池选项 %1：%2 不是有效的名称（字母、数字、_ + . -）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pool option %1: %2 is not a UUID</source>
        <translation>存储池选项 %1：%2 不是 UUID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pool option %1: %2 is not nfs, cifs or glusterfs</source>
        <translation>存储池选项 %1：%2 不是 nfs、cifs 或 glusterfs</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Storage pool %1 is not on this host</source>
        <translation>存储池 %1 不在此主机上</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+469"/>
        <source>Storage pool %1 cannot be started</source>
        <translation>无法启动存储池 %1</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>Volume %1 is not in storage pool %2</source>
        <translation>卷 %1 不在存储池 %2 中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume %1 cannot be created</source>
        <translation>无法创建卷 %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The domain XML cannot be read (line %1: %2)</source>
        <translation>无法读取虚拟机 XML（第 %1 行：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain XML has no &lt;devices&gt;</source>
        <translation>虚拟机 XML 中没有 &lt;devices&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Pool option %1 is unknown for pool type %2; it takes: %3</source>
        <translation>存储池选项 %1 对存储池类型 %2 未知；该类型接受：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pool option %1 is required for pool type %2 (%3)</source>
        <translation>存储池类型 %2 必须提供存储池选项 %1（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pool option %1 is empty</source>
        <translation>存储池选项 %1 为空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pool options auth_username and secret_uuid go together: %1 is missing</source>
        <translation>存储池选项 auth_username 和 secret_uuid 必须同时指定：缺少 %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Volume type %1: %2</source>
        <translation>卷类型 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volume type %1: pool %2 cannot be refreshed on host %3</source>
        <translation>卷类型 %1：无法在主机 %3 上刷新存储池 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume type %1: pool %2 cannot be started on host %3</source>
        <translation>卷类型 %1：无法在主机 %3 上启动存储池 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume type %1: pool %2 cannot be defined on host %3</source>
        <translation>卷类型 %1：无法在主机 %3 上定义存储池 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Volume type %1: pool path %2 does not exist on host %3</source>
        <translation>卷类型 %1：存储池路径 %2 在主机 %3 上不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume type %1: pool %2 cannot be started on host %3: %4</source>
        <translation>卷类型 %1：无法在主机 %3 上启动存储池 %2：%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>pool path %1</source>
        <translation>存储池路径 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pool %1</source>
        <translation>存储池 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume type %1: %2 is not writable on host %3: %4</source>
        <translation>卷类型 %1：%2 在主机 %3 上不可写：%4</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Volume type %1: pool %2 still holds %n volume(s) on this host</source>
        <translation>
            <numerusform>卷类型 %1：存储池 %2 在此主机上仍有 %n 个卷</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume type %1: pool %2 cannot be stopped</source>
        <translation>卷类型 %1：无法停止存储池 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume type %1: pool %2 cannot be undefined</source>
        <translation>卷类型 %1：无法取消定义存储池 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+121"/>
        <source>Volume %1 cannot be read</source>
        <translation>无法读取卷 %1</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>The copy into volume %1 was cancelled</source>
        <translation>复制到卷 %1 的操作已取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volume %1 cannot be copied from %2</source>
        <translation>无法从 %2 复制卷 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <location line="+12"/>
        <source>Volume %1 cannot be grown to %2 bytes</source>
        <translation>无法将卷 %1 扩大到 %2 字节</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Volume %1 cannot be removed</source>
        <translation>无法删除卷 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be renamed to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Device %1 is not a virtio disk name (/dev/vdb to /dev/vdz)</source>
        <translation>设备 %1 不是 virtio 磁盘名称（/dev/vdb 到 /dev/vdz）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device /dev/%1 is in use on this instance</source>
        <translation>设备 /dev/%1 已在此云主机上使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The instance has no free virtio disk name: /dev/vdb to /dev/vdz are all in use</source>
        <translation>该云主机没有空闲的 virtio 磁盘名称：/dev/vdb 到 /dev/vdz 已全部占用</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <location line="+63"/>
        <source>Domain %1 is not on its host</source>
        <translation>虚拟机 %1 不在其主机上</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Domain %1 cannot be read</source>
        <translation>无法读取虚拟机 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Volume %1 cannot be added to the definition of domain %2</source>
        <translation>无法将卷 %1 添加到虚拟机 %2 的定义中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Volume %1 cannot be attached to domain %2</source>
        <translation>无法将卷 %1 连接到虚拟机 %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The disk with serial %1 cannot be removed from the definition of domain %2</source>
        <translation>无法从虚拟机 %2 的定义中移除序列号为 %1 的磁盘</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The guest of domain %1 did not release disk %2 within %3 s; its operating system must support PCI hot-unplug (ACPI). Try again, or shut the instance off first</source>
        <translation>虚拟机 %1 的客户机未在 %3 秒内释放磁盘 %2；其操作系统必须支持 PCI 热拔出（ACPI）。请重试，或先将云主机关机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disk %1 cannot be unplugged from domain %2</source>
        <translation>无法从虚拟机 %2 上拔出磁盘 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disk %1 cannot be removed from the definition of domain %2</source>
        <translation>无法从虚拟机 %2 的定义中移除磁盘 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disk %1 of domain %2 cannot be grown to %3 bytes</source>
        <translation>无法将虚拟机 %2 的磁盘 %1 扩大到 %3 字节</translation>
    </message>
</context>
<context>
    <name>sd::VolumeTasks</name>
    <message>
        <location filename="../engine/volume/volumetasks.cpp" line="+20"/>
        <source>%1: its host is gone</source>
        <translation>%1：其主机已不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: host %2 is %3; try again when it is up</source>
        <translation>%1：主机 %2 处于 %3 状态；请在其恢复运行后重试</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Availability zone &apos;%1&apos;: no host is in it</source>
        <translation>可用域 &apos;%1&apos;：其中没有主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no host is up and enabled to hold it</source>
        <translation>%1：没有已启动且已启用的主机可以容纳它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no host in zone %2 is up and enabled to hold it</source>
        <translation>%1：可用域 %2 中没有已启动且已启用的主机可以容纳它</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Host %1 went down</source>
        <translation>主机 %1 已离线</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volume %1: no such volume</source>
        <translation>卷 %1：不存在该卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume %1 is %2: %3 needs it %4</source>
        <translation>卷 %1 处于 %2 状态：“%3”要求其处于 %4 状态</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>You are already using all of your available volumes; ask an administrator to raise the project&apos;s quota</source>
        <translation>您已用完所有可用的卷；请联系管理员提高该项目的配额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are already using all of your available snapshots; ask an administrator to raise the project&apos;s quota</source>
        <translation>您已用完所有可用的快照；请联系管理员提高该项目的配额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are already using all of your available backups; ask an administrator to raise the project&apos;s quota</source>
        <translation>您已用完所有可用的备份；请联系管理员提高该项目的配额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A volume of %1 GiB cannot be created as you only have %2 GiB of your quota available</source>
        <translation>无法创建 %1 GiB 的卷，因为您的配额只剩 %2 GiB 可用</translation>
    </message>
</context>
<context>
    <name>sd::VolumeTransferDialog</name>
    <message>
        <location filename="../views/dialogs/volumetransferdialog.cpp" line="+36"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume Transfer Details</source>
        <translation>卷转让详情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The transfer of volume %1 was created. The Transfer ID and the Authorization Key below are needed by the recipient to accept it. Save them now: the key is shown only this once; StackDesk keeps only a hash of it and cannot show it again.</source>
        <translation>卷 %1 的转让已创建。接收方需要下面的转让 ID 和授权密钥才能接受转让。请立即保存：密钥只显示这一次；StackDesk 只保存其哈希值，无法再次显示。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the transfer ID to the clipboard</source>
        <translation>将转让 ID 复制到剪贴板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the authorization key to the clipboard</source>
        <translation>将授权密钥复制到剪贴板</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transfer Name</source>
        <translation>转让名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer ID</source>
        <translation>转让 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization Key</source>
        <translation>授权密钥</translation>
    </message>
</context>
<context>
    <name>sd::VolumeTypeAccessDialog</name>
    <message>
        <location filename="../views/dialogs/volumetypeaccessdialog.cpp" line="+20"/>
        <source>All Projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projects with Access</source>
        <translation>有访问权限的项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Access: %1</source>
        <translation>编辑访问权限：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume type %1 is private: only the projects on the right (and administrators) can create volumes of it. Volumes already made keep their type when a project loses access.</source>
        <translation>卷类型 %1 是私有的：只有右侧的项目（以及管理员）可以创建此类型的卷。项目失去访问权限时，已创建的卷保留其类型。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No project will have access: only administrators will see %1.</source>
        <translation>没有项目拥有访问权限：只有管理员能看到 %1。</translation>
    </message>
</context>
<context>
    <name>sd::VolumeTypeActions</name>
    <message>
        <location filename="../views/panels/volumetypeactions.cpp" line="+20"/>
        <source>Create Volume Type…</source>
        <translation>创建卷类型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Volume Type…</source>
        <translation>编辑卷类型…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View/Manage Extra Specs…</source>
        <translation>查看/管理额外规格…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Access…</source>
        <translation>编辑访问权限…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Delete Volume Type…</source>
        <translation>删除卷类型…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Create a storage backend: a libvirt pool of one type on every host</source>
        <translation>创建存储后端：每台主机上一个同类型的 libvirt 存储池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra Specs…</source>
        <translation>额外规格…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access…</source>
        <translation>访问权限…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change the description of %1 and whether every project may use it</source>
        <translation>修改 %1 的描述以及是否所有项目都可以使用它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one volume type to edit</source>
        <translation>请选择一个要编辑的卷类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, change or remove the extra specs of %1</source>
        <translation>添加、修改或删除 %1 的额外规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one volume type</source>
        <translation>请选择一个卷类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the projects that may use a private volume type (one at a time)</source>
        <translation>选择可以使用私有卷类型的项目（每次只能选择一个卷类型）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume type %1 is public: every project may use it. Make it private in Edit Volume Type first.</source>
        <translation>卷类型 %1 是公有的：所有项目都可以使用。请先在“编辑卷类型”中将其设为私有。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the projects that may use private volume type %1</source>
        <translation>选择可以使用私有卷类型 %1 的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Volume Types…</source>
        <translation>删除卷类型…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the %1 selected volume types</source>
        <translation>删除所选的 %1 个卷类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected volume type and its pools on the hosts</source>
        <translation>删除所选卷类型及其在各主机上的存储池</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Volume Type Extra Specs: %1</source>
        <translation>卷类型额外规格：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra specs describe the backend to the scheduler and to people (for example volume_backend_name or a tier). Volumes already made keep their data where it is.</source>
        <translation>额外规格向调度器和人员描述后端（例如 volume_backend_name 或某个存储层级）。已创建的卷的数据保留在原处。</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+6"/>
        <source>Delete Volume Type</source>
        <translation>删除卷类型</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Delete Volume Types</source>
        <translation>删除卷类型</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete volume type %1?</source>
        <translation>要删除卷类型 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 volume types: %2?</source>
        <translation>要删除 %1 个卷类型吗：%2？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their pools are removed from the hosts (the data directories themselves stay). A type that volumes or snapshots still use is refused. This cannot be undone.</source>
        <translation>它们的存储池将从各主机上移除（数据目录本身保留）。仍有卷或快照使用的类型将被拒绝删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>sd::VolumeTypeModel</name>
    <message>
        <location filename="../views/models/volumetypemodel.cpp" line="+45"/>
        <source>Directory (dir)</source>
        <translation>目录（dir）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LVM volume group (logical)</source>
        <translation>LVM 卷组（logical）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NFS (netfs)</source>
        <translation>NFS（netfs）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iSCSI target (iscsi)</source>
        <translation>iSCSI 目标（iscsi）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceph RBD (rbd)</source>
        <translation>Ceph RBD（rbd）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+58"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Every project may create volumes of this type</source>
        <translation>所有项目都可以创建此类型的卷</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private; no project has access yet (only administrators can use it)</source>
        <translation>私有；尚无项目拥有访问权限（只有管理员可以使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private; projects with access: %1</source>
        <translation>私有；拥有访问权限的项目：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID %1
Created %2</source>
        <translation>ID %1
创建于 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shared storage: its volumes attach to instances on any host</source>
        <translation>共享存储：其卷可连接到任意主机上的云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-host storage: its volumes attach to instances on their own host</source>
        <translation>按主机存储：其卷只能连接到其所在主机上的云主机</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool Type</source>
        <translation>存储池类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public</source>
        <translation>公有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra Specs</source>
        <translation>额外规格</translation>
    </message>
</context>
<context>
    <name>sd::VolumeTypeService</name>
    <message>
        <location filename="../engine/volume/volumetypeservice.cpp" line="+67"/>
        <source>Volume type name &apos;%1&apos;: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit (it names the storage pool on every host)</source>
        <translation>卷类型名称 &apos;%1&apos;：请使用 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头（它也是每台主机上存储池的名称）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Extra spec key &apos;%1&apos;: give 1 to 255 characters</source>
        <translation>额外规格键 &apos;%1&apos;：请指定 1 到 255 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra spec %1: the value has %2 characters, at most 255</source>
        <translation>额外规格 %1：值有 %2 个字符，最多 255 个</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Volume type &apos;%1&apos;: no such volume type</source>
        <translation>卷类型 &apos;%1&apos;：不存在该卷类型</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Volume type: there is no public volume type; give one, or ask an administrator to create one</source>
        <translation>卷类型：没有公有卷类型；请指定一个，或请管理员创建一个</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Files on each host&apos;s disk (a dir pool at %1)</source>
        <translation>每台主机磁盘上的文件（位于 %1 的 dir 存储池）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+99"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Volume type %1 exists already</source>
        <translation>卷类型 %1 已存在</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Prepare volume type %1 on %n host(s)</source>
        <translation>
            <numerusform>在 %n 台主机上准备卷类型 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the pool of %1 on %2</source>
        <translation>正在 %2 上准备 %1 的存储池</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Volume type %1 has no extra spec %2</source>
        <translation>卷类型 %1 没有额外规格 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Volume type %1 is used by %n volume(s): delete or retype them first</source>
        <translation>
            <numerusform>卷类型 %1 正被 %n 个卷使用：请先删除这些卷或更改其卷类型</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove the pools of volume type %1</source>
        <translation>移除卷类型 %1 的存储池</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Volume type %1 is public: every project has it already</source>
        <translation>卷类型 %1 是公有的：所有项目都已拥有它</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project &apos;%1&apos;: no such project</source>
        <translation>项目 &apos;%1&apos;：不存在该项目</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Volume type %1: project &apos;%2&apos; has no access to remove</source>
        <translation>卷类型 %1：项目 &apos;%2&apos; 没有可移除的访问权限</translation>
    </message>
</context>
<context>
    <name>sd::VolumeTypesPanel</name>
    <message>
        <location filename="../views/panels/volumetypespanel.cpp" line="+15"/>
        <source>Admin › Volume</source>
        <translation>管理员 › 卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume Types</source>
        <translation>卷类型</translation>
    </message>
</context>
<context>
    <name>sd::VolumesPanel</name>
    <message>
        <location filename="../views/panels/volumespanel.cpp" line="+18"/>
        <source>Admin › Volume</source>
        <translation>管理员 › 卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project › Volumes</source>
        <translation>项目 › 卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
</context>
<context>
    <name>sd::WizardSide</name>
    <message>
        <location filename="../views/wizards/createnetwork/wizardside.cpp" line="+35"/>
        <source>%1 waits for step %2, %3:
%4</source>
        <translation>%1 正在等待第 %2 步“%3”：
%4</translation>
    </message>
</context>
<context>
    <name>sd::WizardStepList</name>
    <message>
        <location filename="../views/widgets/wizardsteps.cpp" line="+25"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>sd::YesNoSwitch</name>
    <message>
        <location filename="../views/wizards/launch/yesnoswitch.cpp" line="+10"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>sd::cli::ActionLogCommands</name>
    <message>
        <location filename="../app/cli/commands/actionlogcommands.cpp" line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target Kind</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target ID</source>
        <translation>目标 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target Name</source>
        <translation>目标名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>show the N most recent entries (default: %1)</source>
        <translation>显示最近的 N 条记录（默认：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List recent actions: who did what, when, and how it ended</source>
        <translation>列出最近的操作：谁在何时做了什么，以及结果如何</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--limit: &apos;%1&apos; must be 1 or more</source>
        <translation>--limit：&apos;%1&apos; 必须大于或等于 1</translation>
    </message>
</context>
<context>
    <name>sd::cli::ArgumentParser</name>
    <message>
        <location filename="../app/cli/argumentparser.cpp" line="+90"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: missing value %2</source>
        <translation>%1：缺少值 %2</translation>
    </message>
</context>
<context>
    <name>sd::cli::CliContext</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+25"/>
        <source>no password for user %1: give --os-password or set OS_PASSWORD</source>
        <translation>用户 %1 没有密码：请指定 --os-password 或设置 OS_PASSWORD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Created the administrator &apos;admin&apos; with password %1 (also in %2/README.txt)</source>
        <translation>已创建管理员 &apos;admin&apos;，密码为 %1（同时保存在 %2/README.txt 中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created the administrator &apos;admin&apos; with password %1; keep it safe, it is shown only once</source>
        <translation>已创建管理员 &apos;admin&apos;，密码为 %1；请妥善保管，该密码仅显示一次</translation>
    </message>
</context>
<context>
    <name>sd::cli::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+62"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing command, e.g. stackctl host list</source>
        <translation>缺少命令，例如 stackctl host list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos;: missing verb; choose %2</source>
        <translation>&apos;%1&apos;：缺少动作；请选择 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>missing option %1 %2</source>
        <translation>缺少选项 %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing argument %1</source>
        <translation>缺少参数 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warning: the hosts have not caught up with the network change yet; they will at the next start of stackdesk or stackctl</source>
        <translation>警告：主机尚未同步网络更改；它们将在下次启动 stackdesk 或 stackctl 时同步</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation>运行 &apos;%1&apos; 查看用法。</translation>
    </message>
</context>
<context>
    <name>sd::cli::ConsoleCommands</name>
    <message>
        <location filename="../app/cli/commands/consolecommands.cpp" line="+43"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTO, VNC or SPICE (default: the cloud&apos;s console type setting)</source>
        <translation>AUTO、VNC 或 SPICE（默认：云的控制台类型设置）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a complete frame of an instance&apos;s graphical console as a PNG</source>
        <translation>将云主机图形控制台的一帧完整画面保存为 PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to write the PNG</source>
        <translation>PNG 的写入位置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how long to wait for a complete frame (default 30)</source>
        <translation>等待一帧完整画面的最长时间，单位为秒（默认 30）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which consoles an instance has, and which one the console type setting opens</source>
        <translation>云主机有哪些控制台，以及控制台类型设置会打开哪一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Console type</source>
        <translation>控制台类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>将打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--file %1: the folder %2 does not exist</source>
        <translation>--file %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout %1: must be 1 to 3600 seconds</source>
        <translation>--timeout %1：必须在 1 到 3600 秒之间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--console-type SERIAL: a serial console has no screen to capture</source>
        <translation>--console-type SERIAL：串口控制台没有可截取的屏幕</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instance %1 has no graphics device</source>
        <translation>云主机 %1 没有图形设备</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no complete frame within %1 s</source>
        <translation>%1 秒内没有得到完整画面</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Console screenshot of %1 (%2): %3</source>
        <translation>%1（%2）的控制台截图：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--file %1: the PNG could not be written</source>
        <translation>--file %1：无法写入 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1x%2 frame of %3 (%4 on %5) to %6</source>
        <translation>已将 %3（%4，主机 %5）的 %1x%2 画面保存到 %6</translation>
    </message>
</context>
<context>
    <name>sd::cli::ConsoleSerialCommand</name>
    <message>
        <location filename="../app/cli/commands/consoleserialcommand.cpp" line="+137"/>
        <source>The serial console of an instance in this terminal (Ctrl+] quits)</source>
        <translation>在此终端中使用云主机的串口控制台（按 Ctrl+] 退出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connected to the serial console of %1 (Ctrl+] to quit)</source>
        <translation>已连接到 %1 的串口控制台（按 Ctrl+] 退出）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reconnecting, Ctrl+] quits</source>
        <translation>正在重新连接，按 Ctrl+] 退出</translation>
    </message>
</context>
<context>
    <name>sd::cli::FlavorCommands</name>
    <message>
        <location filename="../app/cli/commands/flavorcommands.cpp" line="+49"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ephemeral</source>
        <translation>临时磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Project IDs</source>
        <translation>可访问项目 ID</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>what the flavor is for</source>
        <translation>云主机类型的用途</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+68"/>
        <source>flavor name or ID</source>
        <translation>云主机类型名称或 ID</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Create a flavor (administrators only)</source>
        <translation>创建云主机类型（仅管理员）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the flavor&apos;s ID (default: a new UUID)</source>
        <translation>云主机类型的 ID（默认：新的 UUID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual CPUs (default 1)</source>
        <translation>虚拟 CPU 数（默认 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory in MB (default 256; at least %1)</source>
        <translation>内存，单位 MB（默认 256；至少 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root disk in GB (default 0)</source>
        <translation>根磁盘，单位 GB（默认 0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ephemeral disk in GB (default 0)</source>
        <translation>临时磁盘，单位 GB（默认 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>swap in MB (default 0)</source>
        <translation>交换空间，单位 MB（默认 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project may use it (the default)</source>
        <translation>所有项目都可使用（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the projects given with --project may use it</source>
        <translation>只有用 --project 指定的项目可以使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project that may use the private flavor (repeatable)</source>
        <translation>可以使用该私有云主机类型的项目（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>an extra spec to set (repeatable)</source>
        <translation>要设置的额外规格（可重复）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>name of the new flavor</source>
        <translation>新云主机类型的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the flavors you may use: public ones and private ones shared with your project</source>
        <translation>列出你可以使用的云主机类型：公共的以及共享给你的项目的私有类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also show swap, properties and description</source>
        <translation>同时显示交换空间、属性和描述</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one flavor</source>
        <translation>显示一个云主机类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a flavor&apos;s properties or description, or give a project access to a private one</source>
        <translation>设置云主机类型的属性或描述，或授予项目访问私有类型的权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a project to give access to the private flavor</source>
        <translation>要授予该私有云主机类型访问权限的项目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove properties from a flavor, or a project&apos;s access to a private one</source>
        <translation>移除云主机类型的属性，或收回项目对私有类型的访问权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra spec to remove (repeatable)</source>
        <translation>要移除的额外规格（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project to take access to the private flavor from</source>
        <translation>要收回该私有云主机类型访问权限的项目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete flavors; instances that use one keep their copy</source>
        <translation>删除云主机类型；正在使用它的云主机保留各自的副本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--property: &apos;%1&apos; is not KEY=VALUE</source>
        <translation>--property：&apos;%1&apos; 不是 KEY=VALUE 形式</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--vcpus: &apos;%1&apos; is out of range</source>
        <translation>--vcpus：&apos;%1&apos; 超出范围</translation>
    </message>
</context>
<context>
    <name>sd::cli::FloatingIpCommands</name>
    <message>
        <location filename="../app/cli/commands/floatingipcommands.cpp" line="+50"/>
        <location line="+21"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+18"/>
        <source>Floating IP Address</source>
        <translation>浮动IP地址</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+16"/>
        <source>Fixed IP Address</source>
        <translation>固定 IP 地址</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating Network</source>
        <translation>浮动网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+9"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Floating Network ID</source>
        <translation>浮动网络 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port ID</source>
        <translation>端口 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router ID</source>
        <translation>路由 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>modelled only: the port is not bound to a host yet, so no host NATs %1</source>
        <translation>仅存在于模型中：该端口尚未绑定到主机，因此没有主机为 %1 进行 NAT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>floating IP address or ID</source>
        <translation>浮动IP地址或 ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--fixed-ip-address %1: give --port too; the address is one of the port&apos;s</source>
        <translation>--fixed-ip-address %1：还需指定 --port；该地址是端口的地址之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>which of the port&apos;s addresses it reaches (default: its first IPv4 address)</source>
        <translation>它到达端口的哪个地址（默认：端口的第一个 IPv4 地址）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allocate a floating IP from an external network, and optionally associate it with a port</source>
        <translation>从外部网络分配浮动IP，并可选择将其关联到端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this address (default: any free one of the network)</source>
        <translation>使用此地址（默认：网络中任意空闲地址）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>associate it with this port at once (name or ID)</source>
        <translation>立即将其关联到此端口（名称或 ID）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the floating IP is for</source>
        <translation>浮动IP的用途</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project that owns it (administrators only; default: yours)</source>
        <translation>拥有它的项目（仅限管理员；默认：您的项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the external network it comes from (name or ID)</source>
        <translation>它所来自的外部网络（名称或 ID）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the floating IPs you may see</source>
        <translation>列出您可以查看的浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only those from this external network</source>
        <translation>仅列出来自此外部网络的浮动IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the one associated with this port</source>
        <translation>仅列出与此端口关联的浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this project&apos;s floating IPs</source>
        <translation>仅列出此项目的浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show router, status and description</source>
        <translation>同时显示路由、状态和描述</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one floating IP</source>
        <translation>显示单个浮动IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Associate a floating IP with a port</source>
        <translation>将浮动IP关联到端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the port it reaches (name or ID)</source>
        <translation>它到达的端口（名称或 ID）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disassociate a floating IP from its port; the address stays allocated</source>
        <translation>取消浮动IP与其端口的关联；该地址仍保持分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disassociate it from its port</source>
        <translation>取消其与端口的关联</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Release floating IPs back to their external network</source>
        <translation>将浮动IP释放回其外部网络</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Failed to delete floating IP with address or ID &apos;%1&apos;: %2</source>
        <translation>删除地址或 ID 为 &apos;%1&apos; 的浮动IP失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 floating IPs failed to delete.</source>
        <translation>%2 个浮动IP中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::GlobalOptions</name>
    <message>
        <location filename="../app/cli/globaloptions.cpp" line="+9"/>
        <source>show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the demo lab (created on first use)</source>
        <translation>使用演示环境（首次使用时创建）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data dir (default: $STACKDESK_DATA_DIR, else $XDG_DATA_HOME/stackdesk)</source>
        <translation>数据目录（默认：$STACKDESK_DATA_DIR，未设置时为 $XDG_DATA_HOME/stackdesk）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log in as USER (env OS_USERNAME)</source>
        <translation>以 USER 身份登录（环境变量 OS_USERNAME）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user&apos;s password (env OS_PASSWORD)</source>
        <translation>用户的密码（环境变量 OS_PASSWORD）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project to work in (env OS_PROJECT_NAME)</source>
        <translation>要在其中工作的项目（环境变量 OS_PROJECT_NAME）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format: %1 (default: table)</source>
        <translation>输出格式：%1（默认：table）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print only this column (by header or key); repeat for more</source>
        <translation>仅输出此列（按列标题或键名）；可重复使用以输出多列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--data-dir: empty path; name a folder</source>
        <translation>--data-dir：路径为空；请指定一个文件夹</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>-f/--format: &apos;%1&apos; is not a format; choose %2</source>
        <translation>-f/--format：&apos;%1&apos; 不是有效的格式；请选择 %2</translation>
    </message>
</context>
<context>
    <name>sd::cli::GroupCommands</name>
    <message>
        <location filename="../app/cli/commands/groupcommands.cpp" line="+26"/>
        <source>group name or ID</source>
        <translation>用户组名称或 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name or ID</source>
        <translation>用户名或 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what the group is for</source>
        <translation>用户组的用途</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>new group name</source>
        <translation>新的用户组名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a group of users</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new group</source>
        <translation>新用户组的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List groups</source>
        <translation>列出用户组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one group with its members</source>
        <translation>显示单个用户组及其成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a group or change its description</source>
        <translation>重命名用户组或修改其描述</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete a group; its members lose the roles they held through it</source>
        <translation>删除用户组；其成员将失去通过它获得的角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a user to a group</source>
        <translation>将用户添加到用户组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a user from a group</source>
        <translation>将用户从用户组中移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check whether a user is in a group (exit 0 if so, 1 if not)</source>
        <translation>检查用户是否在用户组中（是则退出码为 0，否则为 1）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 not in group %2</source>
        <translation>%1 不在用户组 %2 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in group %2</source>
        <translation>%1 在用户组 %2 中</translation>
    </message>
</context>
<context>
    <name>sd::cli::HelpPrinter</name>
    <message>
        <location filename="../app/cli/helpprinter.cpp" line="+57"/>
        <source>usage: stackctl [--demo | --data-dir DIR] [--os-username USER --os-password PASSWORD --os-project-name PROJECT]
                [-f table|json|yaml|csv|value] [-c COLUMN ...] &lt;resource&gt; &lt;verb&gt; [args]

The StackDesk command line: manage a private cloud of libvirt hosts.
Global options may also follow the command, e.g. stackctl host list -f json.

Global options:
</source>
        <translation>用法：stackctl [--demo | --data-dir DIR] [--os-username USER --os-password PASSWORD --os-project-name PROJECT]
               [-f table|json|yaml|csv|value] [-c COLUMN ...] &lt;resource&gt; &lt;verb&gt; [args]

StackDesk 命令行工具：管理由 libvirt 主机组成的私有云。
全局选项也可以放在命令之后，例如 stackctl host list -f json。

全局选项：
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Commands:
</source>
        <translation>
命令：
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Run &apos;stackctl &lt;resource&gt; &lt;verb&gt; --help&apos; for the options of one command.
</source>
        <translation>
运行 &apos;stackctl &lt;resource&gt; &lt;verb&gt; --help&apos; 查看单个命令的选项。
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: stackctl %1 &lt;verb&gt; [args]

Commands:
</source>
        <translation>用法：stackctl %1 &lt;verb&gt; [args]

命令：
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Run &apos;stackctl %1 &lt;verb&gt; --help&apos; for the options of one command.
</source>
        <translation>
运行 &apos;stackctl %1 &lt;verb&gt; --help&apos; 查看单个命令的选项。
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: %1

%2
</source>
        <translation>用法：%1

%2
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Arguments:
</source>
        <translation>
参数：
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Options:
</source>
        <translation>
选项：
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Columns (-c): %1
</source>
        <translation>
列（-c）：%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Global options (-f, -c, --demo, --data-dir, --os-*): see &apos;stackctl --help&apos;.
</source>
        <translation>
全局选项（-f、-c、--demo、--data-dir、--os-*）：参见 &apos;stackctl --help&apos;。
</translation>
    </message>
</context>
<context>
    <name>sd::cli::HostColumns</name>
    <message>
        <location filename="../app/cli/commands/hostcolumns.cpp" line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State Since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>是否启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled Reason</source>
        <translation>禁用原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs Used</source>
        <translation>已用 vCPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory MB</source>
        <translation>内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory Used MB</source>
        <translation>已用内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free Memory MB</source>
        <translation>可用内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk GB</source>
        <translation>磁盘 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Used GB</source>
        <translation>已用磁盘 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running Domains</source>
        <translation>运行中的虚拟机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foreign Domains</source>
        <translation>外部虚拟机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU Model</source>
        <translation>CPU 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor Type</source>
        <translation>虚拟机管理器类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor Version</source>
        <translation>虚拟机管理器版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt Version</source>
        <translation>libvirt 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU Allocation Ratio</source>
        <translation>CPU 超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM Allocation Ratio</source>
        <translation>内存超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Allocation Ratio</source>
        <translation>磁盘超分比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved Host Memory MB</source>
        <translation>主机预留内存 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved Host Disk MB</source>
        <translation>主机预留磁盘 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>sd::cli::HostCommands</name>
    <message>
        <location filename="../app/cli/commands/hostcommands.cpp" line="+28"/>
        <source>host name or ID</source>
        <translation>主机名或 ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>availability zone (default: nova)</source>
        <translation>可用域（默认：nova）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCPUs per physical CPU (default: 16.0)</source>
        <translation>每个物理 CPU 对应的 vCPU 数（默认：16.0）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM overcommit (default: 1.5)</source>
        <translation>内存超分比（默认：1.5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk overcommit (default: 1.0)</source>
        <translation>磁盘超分比（默认：1.0）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RAM in MB kept for the host itself (default: 512)</source>
        <translation>为主机自身保留的内存（MB，默认：512）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk in MB kept for the host itself (default: 0)</source>
        <translation>为主机自身保留的磁盘（MB，默认：0）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>libvirt URI, e.g. qemu+ssh://root@host/system or test:///default</source>
        <translation>libvirt URI，例如 qemu+ssh://root@host/system 或 test:///default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove even if the host is down and cannot be checked</source>
        <translation>即使主机离线、无法检查也强制移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why the host is disabled, shown with it</source>
        <translation>禁用主机的原因，会与主机一起显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new host name</source>
        <translation>新的主机名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List hosts with their state and capacity</source>
        <translation>列出主机及其状态和容量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one host in detail</source>
        <translation>显示单台主机的详细信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a libvirt host; it is stored only once libvirt answers</source>
        <translation>添加 libvirt 主机；仅在 libvirt 响应后才会保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new host, e.g. compute-4</source>
        <translation>新主机的名称，例如 compute-4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a host; refused while StackDesk&apos;s domains are on it</source>
        <translation>移除主机；主机上仍有 StackDesk 创建的虚拟机时将拒绝移除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the scheduler place instances on a host</source>
        <translation>允许调度器将云主机放置到某台主机上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the scheduler away from a host</source>
        <translation>禁止调度器将云主机放置到某台主机上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a host&apos;s name, zone, ratios or reserves</source>
        <translation>修改主机的名称、可用域、超分比或预留资源</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>host set: nothing to change; give at least one of --%1</source>
        <translation>host set：没有要修改的内容；请至少指定 --%1 中的一项</translation>
    </message>
</context>
<context>
    <name>sd::cli::IdentityOptions</name>
    <message>
        <location filename="../app/cli/commands/identityoptions.cpp" line="+11"/>
        <source>enable it (the default for a new one)</source>
        <translation>启用（新建时的默认值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable it: no one can log in with it</source>
        <translation>禁用：任何人都无法以此登录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the user&apos;s password (visible to other local users in the process list; prefer --password-prompt)</source>
        <translation>用户的密码（本机其他用户可在进程列表中看到；建议改用 --password-prompt）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask for the password twice, without echo (reads stdin when it is not a terminal)</source>
        <translation>输入两次密码，不回显（非终端时从 stdin 读取）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 and --%2 exclude each other; give one</source>
        <translation>--%1 和 --%2 互斥；请只指定其一</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--password or --password-prompt is required</source>
        <translation>必须指定 --password 或 --password-prompt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User Password: </source>
        <translation>用户密码： </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat User Password: </source>
        <translation>再次输入用户密码： </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: nothing to change; give at least one of --%2</source>
        <translation>%1：没有要修改的内容；请至少指定 --%2 中的一项</translation>
    </message>
</context>
<context>
    <name>sd::cli::ImageCacheCommands</name>
    <message>
        <location filename="../app/cli/commands/imagecachecommands.cpp" line="+40"/>
        <source>Copy an image into a host&apos;s image cache ahead of launches (administrators only)</source>
        <translation>在创建云主机之前，预先将镜像复制到主机的镜像缓存中（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image name or ID</source>
        <translation>镜像名称或 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host name or ID</source>
        <translation>主机名或 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the images the hosts&apos; caches hold</source>
        <translation>列出主机缓存中的镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only this host&apos;s cache</source>
        <translation>仅列出此主机的缓存</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
</context>
<context>
    <name>sd::cli::ImageColumns</name>
    <message>
        <location filename="../app/cli/commands/imagecolumns.cpp" line="+57"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container Format</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected</source>
        <translation>受保护的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner ID</source>
        <translation>所有者 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min Disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min RAM</source>
        <translation>最低内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Size</source>
        <translation>虚拟大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Member ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member Name</source>
        <translation>成员名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Path</source>
        <translation>卷路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached At</source>
        <translation>缓存时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host ID</source>
        <translation>主机 ID</translation>
    </message>
</context>
<context>
    <name>sd::cli::ImageCommands</name>
    <message>
        <location filename="../app/cli/commands/imagecommands.cpp" line="+41"/>
        <source>image name or ID</source>
        <translation>镜像名称或 ID</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>upload the image&apos;s data from this local file</source>
        <translation>从此本地文件上传镜像数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download the image&apos;s data from this http or https URL</source>
        <translation>从此 http 或 https URL 下载镜像数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make a private image of this volume&apos;s data (name or ID)</source>
        <translation>用此卷的数据创建私有镜像（名称或 ID）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --volume: upload a volume that is attached to an instance</source>
        <translation>与 --volume 一起使用：上传已连接到云主机的卷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new image name</source>
        <translation>新的镜像名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep instances from being launched from it (administrators only)</source>
        <translation>禁止用它创建云主机（仅限管理员）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make a deactivated image usable again (administrators only)</source>
        <translation>使已停用的镜像重新可用（仅限管理员）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload or download an image; it is active only once its data is whole and checked</source>
        <translation>上传或下载镜像；只有在数据完整并通过检查后，镜像才会变为运行中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a property, e.g. os_distro=ubuntu (repeatable)</source>
        <translation>一个属性，例如 os_distro=ubuntu（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag (repeatable)</source>
        <translation>一个标签（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of the new image</source>
        <translation>新镜像的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the images you may use</source>
        <translation>列出您可以使用的镜像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only images in this status: queued, saving, active, deactivated</source>
        <translation>仅列出处于此状态的镜像：queued、saving、active、deactivated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only images whose name contains this, in any case</source>
        <translation>仅列出名称包含此内容的镜像，不区分大小写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also show formats, size, checksum, visibility, protection, owner and tags</source>
        <translation>同时显示格式、大小、校验和、可见性、保护状态、所有者和标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one image</source>
        <translation>显示单个镜像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change an image&apos;s name, sizes, visibility, protection, properties or tags</source>
        <translation>修改镜像的名称、大小、可见性、保护状态、属性或标签</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a property to add or change (repeatable)</source>
        <translation>要添加或修改的属性（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag to add (repeatable)</source>
        <translation>要添加的标签（可重复）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove properties or tags from an image</source>
        <translation>从镜像中移除属性或标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a property to remove (repeatable)</source>
        <translation>要移除的属性（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag to remove (repeatable)</source>
        <translation>要移除的标签（可重复）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete images; each is reported, and the others are still deleted if one is refused</source>
        <translation>删除镜像；逐个报告结果，即使某个被拒绝，其他镜像仍会被删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download an image&apos;s data to a local file</source>
        <translation>将镜像数据下载到本地文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to write it (replaced if it exists)</source>
        <translation>写入的位置（如已存在则替换）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 exclude each other; give one</source>
        <translation>%1 互斥；请只指定其一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing --file or --url, or --volume: give the image&apos;s data as a local file, a URL or a volume</source>
        <translation>缺少 --file 或 --url，或 --volume：请以本地文件、URL 或卷的形式提供镜像数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--force goes with --volume, an attached volume to upload</source>
        <translation>--force 应与 --volume（要上传的已连接卷）一起使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 cannot go with --volume; change the new image with `image set` afterwards</source>
        <translation>--%1 不能与 --volume 一起使用；之后请用 `image set` 修改新镜像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--url %1: not a URL</source>
        <translation>--url %1：不是有效的 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--file: the file name is empty</source>
        <translation>--file：文件名为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status %1: not one of queued, saving, active, killed, deleted, deactivated</source>
        <translation>--status %1：不是 queued、saving、active、killed、deleted、deactivated 之一</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+41"/>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Failed to delete image with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的镜像失败：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 images failed to delete.</source>
        <translation>%2 个镜像中有 %1 个删除失败。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
</context>
<context>
    <name>sd::cli::ImageMemberCommands</name>
    <message>
        <location filename="../app/cli/commands/imagemembercommands.cpp" line="+37"/>
        <source>name or ID of a shared image</source>
        <translation>共享镜像的名称或 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share an image (visibility shared) with a project</source>
        <translation>将镜像（可见性为 shared）共享给项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop sharing an image with a project</source>
        <translation>停止将镜像共享给项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the projects an image is shared with</source>
        <translation>列出镜像所共享给的项目</translation>
    </message>
</context>
<context>
    <name>sd::cli::ImageOptions</name>
    <message>
        <location filename="../app/cli/commands/imageoptions.cpp" line="+16"/>
        <source>every project sees it (administrators only)</source>
        <translation>所有项目都可以看到（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only its own project sees it (the default)</source>
        <translation>只有其所属项目可以看到（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its own project and the projects added with `image add project` see it</source>
        <translation>其所属项目以及通过 `image add project` 添加的项目可以看到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every project may use it, without the endorsement of --public</source>
        <translation>所有项目都可以使用，但没有 --public 的认可</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 exclude each other; give one of --public, --private, --shared, --community</source>
        <translation>%1 互斥；请只指定 --public、--private、--shared、--community 之一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>refuse to delete it until --unprotected</source>
        <translation>在 --unprotected 之前拒绝删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow deleting it (the default)</source>
        <translation>允许删除（默认）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the smallest root disk, in GB, an instance of it needs</source>
        <translation>其云主机所需的最小根磁盘，单位 GB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the least RAM, in MB, an instance of it needs</source>
        <translation>其云主机所需的最低内存，单位 MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; default: what the data is (a different format is refused)</source>
        <translation>%1；默认：数据的实际格式（不同的格式会被拒绝）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1; default: bare</source>
        <translation>%1；默认：bare</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--property %1: expected key=value</source>
        <translation>--property %1：应为 key=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--property %1: the key before &apos;=&apos; is empty</source>
        <translation>--property %1：&apos;=&apos; 前的键为空</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 %2: not one of %3</source>
        <translation>--%1 %2：不是 %3 之一</translation>
    </message>
</context>
<context>
    <name>sd::cli::InterruptCanceller</name>
    <message>
        <location filename="../app/cli/interruptcanceller.cpp" line="+77"/>
        <source>This task cannot be cancelled; waiting for it to finish (Ctrl-\ quits at once).</source>
        <translation>此任务无法取消；正在等待其完成（按 Ctrl-\ 可立即退出）。</translation>
    </message>
</context>
<context>
    <name>sd::cli::KeyPairCommands</name>
    <message>
        <location filename="../app/cli/commands/keypaircommands.cpp" line="+46"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>another user&apos;s key pairs (administrators only; name or ID)</source>
        <translation>其他用户的密钥对（仅限管理员；名称或 ID）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a key pair, or import a public key; without --public-key or --private-key the new private key is printed (once: it is not stored)</source>
        <translation>创建密钥对，或导入公钥；如果未指定 --public-key 或 --private-key，则打印新私钥（仅打印一次：私钥不会被保存）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import the OpenSSH public key in FILE (e.g. ~/.ssh/id_ed25519.pub)</source>
        <translation>导入 FILE 中的 OpenSSH 公钥（例如 ~/.ssh/id_ed25519.pub）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the new private key to FILE (mode 0600; an existing file is never overwritten)</source>
        <translation>将新私钥写入 FILE（权限 0600；已有文件永远不会被覆盖）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the new key&apos;s type: ed25519 (default) or rsa</source>
        <translation>新密钥的类型：ed25519（默认）或 rsa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RSA key size: 2048, 3072 (default) or 4096</source>
        <translation>RSA 密钥长度：2048、3072（默认）或 4096</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name of the new key pair</source>
        <translation>新密钥对的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List your key pairs</source>
        <translation>列出您的密钥对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one key pair</source>
        <translation>显示单个密钥对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print only the public key line (for authorized_keys)</source>
        <translation>只打印公钥行（用于 authorized_keys）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>key pair name</source>
        <translation>密钥对名称</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete key pairs; instances launched with one keep the key they were given</source>
        <translation>删除密钥对；用它创建的云主机保留当初注入的密钥</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--type: &apos;%1&apos; is not a key type; use ed25519 or rsa</source>
        <translation>--type：&apos;%1&apos; 不是密钥类型；请使用 ed25519 或 rsa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type and --bits are for new keys; an imported key has its own</source>
        <translation>--type 和 --bits 仅用于新密钥；导入的密钥有其自身的类型和长度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--bits: only RSA keys have a size; add --type rsa</source>
        <translation>--bits：只有 RSA 密钥有长度；请添加 --type rsa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Public key file &apos;%1&apos;: %2</source>
        <translation>公钥文件 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Failed to delete key pair with name &apos;%1&apos;: %2</source>
        <translation>删除名称为 &apos;%1&apos; 的密钥对失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 key pairs failed to delete.</source>
        <translation>%2 个密钥对中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::NetworkCommands</name>
    <message>
        <location filename="../app/cli/commands/networkcommands.cpp" line="+46"/>
        <location line="+21"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+26"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+22"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+23"/>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+19"/>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+14"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+9"/>
        <source>Admin State Up</source>
        <translation>管理状态 UP</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>administratively up: the network carries traffic (the default)</source>
        <translation>管理状态为 UP：网络传输流量（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administratively down: the network carries no traffic</source>
        <translation>管理状态为 DOWN：网络不传输流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every project may attach ports to it (administrators only)</source>
        <translation>所有项目都可以将端口连接到它（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only its own project uses it (the default)</source>
        <translation>只有其所属项目使用它（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>router gateways and floating IPs come from it (administrators only)</source>
        <translation>路由网关和浮动IP来自它（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tenant network (the default)</source>
        <translation>租户网络（默认）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the largest packet in bytes (default 1500)</source>
        <translation>最大数据包，单位为字节（默认 1500）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the network is for</source>
        <translation>网络的用途</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--mtu %1: out of range</source>
        <translation>--mtu %1：超出范围</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>network name or ID</source>
        <translation>网络名称或 ID</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Create a network; add a subnet to it with `subnet create`</source>
        <translation>创建网络；使用 `subnet create` 为其添加子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project that owns it (administrators only; default: yours)</source>
        <translation>拥有它的项目（仅限管理员；默认：您的项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new network</source>
        <translation>新网络的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the networks you may use: your project&apos;s, shared and external ones</source>
        <translation>列出您可以使用的网络：您项目的网络、共享网络和外部网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only external networks</source>
        <translation>仅列出外部网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only tenant networks</source>
        <translation>仅列出租户网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this project&apos;s networks</source>
        <translation>仅列出此项目的网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show status, project, state, sharing, external and MTU</source>
        <translation>同时显示状态、项目、管理状态、共享、外部和 MTU</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show one network</source>
        <translation>显示单个网络</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a network or change its state, sharing, external flag, MTU or description</source>
        <translation>重命名网络，或修改其状态、共享、外部标志、MTU 或描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new network name</source>
        <translation>新的网络名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete networks and their subnets; a network whose ports are in use is refused</source>
        <translation>删除网络及其子网；端口正在使用中的网络会被拒绝</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Failed to delete network with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的网络失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 networks failed to delete.</source>
        <translation>%2 个网络中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::NetworkOptions</name>
    <message>
        <location filename="../app/cli/commands/networkoptions.cpp" line="+87"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>expected %1</source>
        <translation>应为 %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>unknown key &apos;%1&apos;; expected %2</source>
        <translation>未知的键 &apos;%1&apos;；应为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is given twice</source>
        <translation>&apos;%1&apos; 重复指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; has no value; expected %2</source>
        <translation>&apos;%1&apos; 没有值；应为 %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--fixed-ip %1: expected %2</source>
        <translation>--fixed-ip %1：应为 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--ip-version %1: expected 4 or 6</source>
        <translation>--ip-version %1：应为 4 或 6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--dst-port %1: expected PORT or PORT:PORT, such as 22 or 8000:8080</source>
        <translation>--dst-port %1：应为 PORT 或 PORT:PORT，例如 22 或 8000:8080</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dst-port %1: the first port must not be above the last</source>
        <translation>--dst-port %1：起始端口不能大于终止端口</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--protocol %1: expected tcp, udp, icmp, icmpv6, any or a protocol number 0-255</source>
        <translation>--protocol %1：应为 tcp、udp、icmp、icmpv6、any 或 0-255 之间的协议号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--ethertype %1: expected IPv4 or IPv6</source>
        <translation>--ethertype %1：应为 IPv4 或 IPv6</translation>
    </message>
</context>
<context>
    <name>sd::cli::OutputFormatter</name>
    <message>
        <location filename="../app/cli/outputformatter.cpp" line="+74"/>
        <source>-c/--column: this command prints no columns</source>
        <translation>-c/--column：此命令不输出任何列</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>-c/--column: no column &apos;%1&apos;; choose from %2</source>
        <translation>-c/--column：没有名为 &apos;%1&apos; 的列；请从 %2 中选择</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>sd::cli::ParsedArgs</name>
    <message>
        <location filename="../app/cli/argumentparser.cpp" line="-60"/>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1：&apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &apos;%2&apos; is not a whole number</source>
        <translation>--%1：&apos;%2&apos; 不是整数</translation>
    </message>
</context>
<context>
    <name>sd::cli::PasswordPrompt</name>
    <message>
        <location filename="../app/cli/passwordprompt.cpp" line="+93"/>
        <source>no password given: standard input ended at the prompt &apos;%1&apos;</source>
        <translation>未提供密码：在提示 &apos;%1&apos; 处标准输入已结束</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Passwords do not match; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何更改</translation>
    </message>
</context>
<context>
    <name>sd::cli::PortCommands</name>
    <message>
        <location filename="../app/cli/commands/portcommands.cpp" line="+45"/>
        <location line="+24"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+23"/>
        <source>MAC Address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Fixed IP Addresses</source>
        <translation>固定 IP 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Device Owner</source>
        <translation>设备所有者</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+20"/>
        <source>Network ID</source>
        <translation>网络 ID</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+13"/>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+20"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Admin State Up</source>
        <translation>管理状态 UP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding Host ID</source>
        <translation>绑定主机 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed IPs</source>
        <translation>固定 IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port Security Enabled</source>
        <translation>已启用端口安全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security Group IDs</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an address for the port: from this subnet, this address, or both (repeatable; default: the next free address of the network&apos;s subnet)</source>
        <translation>端口的地址：来自此子网、使用此地址，或两者兼有（可重复；默认：网络子网中下一个空闲地址）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an address to add: from this subnet, this address, or both (repeatable)</source>
        <translation>要添加的地址：来自此子网、使用此地址，或两者兼有（可重复）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no address at all</source>
        <translation>完全不分配地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release the port&apos;s addresses first (then --fixed-ip gives the new ones)</source>
        <translation>先释放端口的地址（然后由 --fixed-ip 指定新地址）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a security group (name or ID; repeatable; default: the project&apos;s `default`)</source>
        <translation>安全组（名称或 ID；可重复；默认：项目的 `default`）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a security group to add (name or ID; repeatable)</source>
        <translation>要添加的安全组（名称或 ID；可重复）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no security group: only what port security itself allows</source>
        <translation>不使用安全组：只允许端口安全本身允许的流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the security groups first (then --security-group gives the new ones)</source>
        <translation>先移除安全组（然后由 --security-group 指定新安全组）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the port is for</source>
        <translation>端口的用途</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filter its traffic by its security groups and addresses (the default)</source>
        <translation>按安全组和地址过滤其流量（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no filtering at all; needs no security groups</source>
        <translation>完全不过滤；不需要安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administratively up (the default)</source>
        <translation>管理状态为 UP（默认）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>administratively down</source>
        <translation>管理状态为 DOWN</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+64"/>
        <source>port name or ID</source>
        <translation>端口名称或 ID</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Create a port on a network, with addresses from its subnets</source>
        <translation>在网络上创建端口，地址来自其子网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network it is on (name or ID)</source>
        <translation>端口所在的网络（名称或 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its MAC address (default: a new fa:16:3e:xx:xx:xx)</source>
        <translation>端口的 MAC 地址（默认：新的 fa:16:3e:xx:xx:xx）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project that owns it (administrators only; default: yours)</source>
        <translation>拥有它的项目（仅限管理员；默认：您的项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new port</source>
        <translation>新端口的名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the ports you may see</source>
        <translation>列出您可以查看的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only ports on this network</source>
        <translation>仅列出此网络上的端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only ports with this device owner, e.g. network:router_interface</source>
        <translation>仅列出具有此设备所有者的端口，例如 network:router_interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the ports of this router (name or ID)</source>
        <translation>仅列出此路由的端口（名称或 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this project&apos;s ports</source>
        <translation>仅列出此项目的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show security groups and device owner</source>
        <translation>同时显示安全组和设备所有者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one port</source>
        <translation>显示单个端口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a port&apos;s name, addresses, security groups, port security or state</source>
        <translation>修改端口的名称、地址、安全组、端口安全或状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new port name</source>
        <translation>新的端口名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete ports and release their addresses; router and floating IP ports go with those</source>
        <translation>删除端口并释放其地址；路由端口和浮动IP端口随路由和浮动IP一起删除</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Failed to delete port with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的端口失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 ports failed to delete.</source>
        <translation>%2 个端口中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::ProjectCommands</name>
    <message>
        <location filename="../app/cli/commands/projectcommands.cpp" line="+29"/>
        <source>what the project is for</source>
        <translation>项目的用途</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>是否启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+36"/>
        <source>project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>only the projects you hold a role on (admins otherwise see all)</source>
        <translation>仅列出您拥有角色的项目（否则管理员可看到全部项目）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new project name</source>
        <translation>新的项目名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a project (a tenant with its own quota)</source>
        <translation>创建项目（拥有独立配额的租户）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new project</source>
        <translation>新项目的名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List projects: all for admins, else those you hold a role on</source>
        <translation>列出项目：管理员可看到全部，其他用户只能看到自己拥有角色的项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one project</source>
        <translation>显示单个项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a project, change its description, enable or disable it</source>
        <translation>重命名项目、修改其描述，或启用/禁用项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete projects; refused while one owns resources or holds the last administrator</source>
        <translation>删除项目；项目仍拥有资源或包含最后一个管理员时将被拒绝</translation>
    </message>
</context>
<context>
    <name>sd::cli::QuotaCommands</name>
    <message>
        <location filename="../app/cli/commands/quotacommands.cpp" line="+50"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Use</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>limit of %1 (-1: unlimited; default %2)</source>
        <translation>%1 的限额（-1：无限制；默认 %2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show a project&apos;s limits and what it uses</source>
        <translation>显示项目的限额及用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the system defaults that projects without their own limit get</source>
        <translation>显示未单独设置限额的项目所使用的系统默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project name or ID (default: the project you work in)</source>
        <translation>项目名称或 ID（默认：当前工作的项目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a project&apos;s limits, or with --default the system defaults</source>
        <translation>设置项目的限额，或使用 --default 设置系统默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the system defaults instead of one project&apos;s</source>
        <translation>设置系统默认值，而非单个项目的限额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give PROJECT or --default, not both</source>
        <translation>请指定 PROJECT 或 --default，不能同时指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing argument PROJECT (or --default for the system defaults)</source>
        <translation>缺少参数 PROJECT（或使用 --default 设置系统默认值）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quota set: nothing to change; give at least one of %1</source>
        <translation>quota set：没有要修改的内容；请至少指定 %1 中的一项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>sd::cli::RoleCommands</name>
    <message>
        <location filename="../app/cli/commands/rolecommands.cpp" line="+26"/>
        <source>role name or ID</source>
        <translation>角色名称或 ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built In</source>
        <translation>是否内置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user name or ID</source>
        <translation>用户名或 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group name or ID</source>
        <translation>用户组名称或 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only this user&apos;s roles (name or ID)</source>
        <translation>仅列出此用户的角色（名称或 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only roles on this project (name or ID)</source>
        <translation>仅列出此项目上的角色（名称或 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show names instead of IDs</source>
        <translation>显示名称而非 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list group roles as roles of each member, as the members hold them</source>
        <translation>将用户组的角色按每个成员列出，即成员实际拥有的角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a role</source>
        <translation>创建角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of the new role</source>
        <translation>新角色的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List roles</source>
        <translation>列出角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a role; the built-in admin, member and reader stay</source>
        <translation>删除角色；内置的 admin、member 和 reader 不可删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a user or a group a role on a project</source>
        <translation>为用户或用户组授予项目上的角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a role on a project from a user or a group</source>
        <translation>撤销用户或用户组在项目上的角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List who holds which role on which project</source>
        <translation>列出谁在哪个项目上拥有哪个角色</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--user or --group is required: who gets or loses the role</source>
        <translation>必须指定 --user 或 --group：即获得或失去该角色的对象</translation>
    </message>
</context>
<context>
    <name>sd::cli::RouterCommands</name>
    <message>
        <location filename="../app/cli/commands/routercommands.cpp" line="+47"/>
        <location line="+19"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+13"/>
        <source>External Gateway Info</source>
        <translation>外部网关信息</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+9"/>
        <source>Admin State Up</source>
        <translation>管理状态 UP</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interfaces Info</source>
        <translation>接口信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>router name or ID</source>
        <translation>路由名称或 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the external network the router&apos;s gateway is on (name or ID)</source>
        <translation>路由网关所在的外部网络（名称或 ID）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subnet name or ID</source>
        <translation>子网名称或 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administratively up: it routes (the default)</source>
        <translation>管理状态为 UP：进行路由（默认）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>administratively down: it routes nothing</source>
        <translation>管理状态为 DOWN：不进行任何路由</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a router; give it a gateway and interfaces to connect networks</source>
        <translation>创建路由；为其设置网关和接口以连接网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>what the router is for</source>
        <translation>路由的用途</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>the project that owns it (administrators only; default: yours)</source>
        <translation>拥有它的项目（仅限管理员；默认：您的项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new router</source>
        <translation>新路由的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the routers you may see</source>
        <translation>列出您可以查看的路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this project&apos;s routers</source>
        <translation>仅列出此项目的路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show the external gateway</source>
        <translation>同时显示外部网关</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one router with its gateway and interfaces</source>
        <translation>显示单个路由及其网关和接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a router, change its state, or set its external gateway</source>
        <translation>重命名路由、修改其状态或设置其外部网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new router name</source>
        <translation>新的路由名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove a router&apos;s external gateway; refused while floating IPs use it</source>
        <translation>移除路由的外部网关；有浮动IP使用它时会被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the external gateway</source>
        <translation>移除外部网关</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect a subnet to a router: the router takes the subnet&apos;s gateway address</source>
        <translation>将子网连接到路由：路由将使用子网的网关地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect a subnet from a router</source>
        <translation>断开子网与路由的连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete routers; one with interfaces is refused (remove its subnets first)</source>
        <translation>删除路由；有接口的路由会被拒绝（请先移除其子网）</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Failed to delete router with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的路由失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 routers failed to delete.</source>
        <translation>%2 个路由中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::SecurityGroupCommands</name>
    <message>
        <location filename="../app/cli/commands/securitygroupcommands.cpp" line="+43"/>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+11"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+14"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Project Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>security group name or ID</source>
        <translation>安全组名称或 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what the group allows, for people</source>
        <translation>安全组允许的内容（供人阅读）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a security group: it allows all egress, and no ingress until you add rules</source>
        <translation>创建安全组：允许所有出口流量，在添加规则之前不允许任何入口流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project that owns it (administrators only; default: yours)</source>
        <translation>拥有它的项目（仅限管理员；默认：您的项目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of the new group</source>
        <translation>新安全组的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List security groups; your project&apos;s `default` group is made if it has none yet</source>
        <translation>列出安全组；如果您的项目还没有 `default` 安全组，将自动创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this project&apos;s groups (administrators only)</source>
        <translation>仅列出此项目的安全组（仅限管理员）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a security group and its rules</source>
        <translation>显示安全组及其规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename a security group or change its description</source>
        <translation>重命名安全组或修改其描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new group name</source>
        <translation>新的安全组名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete security groups; `default` and groups ports use are refused</source>
        <translation>删除安全组；`default` 以及正被端口使用的安全组会被拒绝</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Failed to delete security group with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的安全组失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 security groups failed to delete.</source>
        <translation>%2 个安全组中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::SecurityGroupRuleCommands</name>
    <message>
        <location filename="../app/cli/commands/securitygrouprulecommands.cpp" line="+45"/>
        <location line="+22"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>IP Protocol</source>
        <translation>IP 协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Ethertype</source>
        <translation>以太网类型</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>IP Range</source>
        <translation>IP 范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port Range</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Remote Security Group</source>
        <translation>远程安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Port Range Min</source>
        <translation>最小端口</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+14"/>
        <source>Port Range Max</source>
        <translation>最大端口</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+9"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote Group ID</source>
        <translation>远程安全组 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote IP Prefix</source>
        <translation>远程 IP 前缀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a rule to a security group: what traffic it lets through</source>
        <translation>向安全组添加规则：即允许通过哪些流量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tcp, udp, icmp, icmpv6, any or an IP protocol number 0-255 (default: any)</source>
        <translation>tcp、udp、icmp、icmpv6、any 或 0-255 之间的 IP 协议号（默认：any）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a destination port or range, such as 22 or 8000:8080 (tcp and udp)</source>
        <translation>目的端口或端口范围，例如 22 或 8000:8080（tcp 和 udp）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ICMP type (icmp and icmpv6)</source>
        <translation>ICMP 类型（icmp 和 icmpv6）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ICMP code (icmp and icmpv6; needs --icmp-type)</source>
        <translation>ICMP 编码（icmp 和 icmpv6；需要 --icmp-type）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>traffic from (ingress) or to (egress) these addresses (default: anywhere)</source>
        <translation>来自（入口）或去往（出口）这些地址的流量（默认：任意位置）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>traffic from or to the ports of this group of the same project (name or ID)</source>
        <translation>来自或去往同一项目中此安全组的端口的流量（名称或 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPv4 or IPv6 (default: that of --remote-ip, IPv6 for icmpv6, else IPv4)</source>
        <translation>IPv4 或 IPv6（默认：与 --remote-ip 相同，icmpv6 为 IPv6，否则为 IPv4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the rule is for</source>
        <translation>规则的用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traffic to the ports (the default)</source>
        <translation>去往端口的流量（默认）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>traffic from the ports</source>
        <translation>来自端口的流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the security group it joins (name or ID)</source>
        <translation>规则所属的安全组（名称或 ID）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the rules of one security group, or of every group you may see</source>
        <translation>列出一个安全组的规则，或您可以查看的所有安全组的规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only rules for this protocol (tcp, udp, icmp, icmpv6, any or N)</source>
        <translation>仅列出此协议的规则（tcp、udp、icmp、icmpv6、any 或 N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only ingress rules</source>
        <translation>仅列出入口规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only egress rules</source>
        <translation>仅列出出口规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>security group name or ID</source>
        <translation>安全组名称或 ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show one security group rule</source>
        <translation>显示单条安全组规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>rule ID</source>
        <translation>规则 ID</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete security group rules; ports using the group follow at once</source>
        <translation>删除安全组规则；使用该安全组的端口会立即随之更新</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--icmp-code %1: give --icmp-type too</source>
        <translation>--icmp-code %1：还需指定 --icmp-type</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--dst-port %1: not allowed with protocol %2; give --icmp-type and --icmp-code</source>
        <translation>--dst-port %1：不能用于协议 %2；请指定 --icmp-type 和 --icmp-code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 %2: only for protocol icmp or icmpv6</source>
        <translation>--%1 %2：仅适用于 icmp 或 icmpv6 协议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 %2: out of range</source>
        <translation>--%1 %2：超出范围</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No security group rule with ID &apos;%1&apos; that you may see</source>
        <translation>没有您可以查看的、ID 为 &apos;%1&apos; 的安全组规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failed to delete security group rule with ID &apos;%1&apos;: %2</source>
        <translation>删除 ID 为 &apos;%1&apos; 的安全组规则失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 security group rules failed to delete.</source>
        <translation>%2 条安全组规则中有 %1 条删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerActionCommands</name>
    <message>
        <location filename="../app/cli/commands/serveractioncommands.cpp" line="+45"/>
        <location line="+11"/>
        <source>Failed to %1 server &apos;%2&apos;: %3</source>
        <translation>对云主机 &apos;%2&apos; 执行 %1 失败：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 servers failed to %3.</source>
        <translation>%2 个云主机中有 %1 个执行 %3 失败。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start instances that are shut off</source>
        <translation>启动已关机的云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut instances off (ACPI first, forced after 60 s)</source>
        <translation>关闭云主机（先发送 ACPI 关机请求，60 秒后强制关机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot instances (--hard: power-cycle them)</source>
        <translation>重启云主机（--hard：断电重启）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause instances (kept in the host&apos;s memory)</source>
        <translation>暂停云主机（保留在主机内存中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpause instances</source>
        <translation>取消暂停云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend instances to disk (frees the host&apos;s memory)</source>
        <translation>将云主机挂起到磁盘（释放主机内存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume suspended instances</source>
        <translation>恢复已挂起的云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock instances: only administrators may then act on them</source>
        <translation>锁定云主机：锁定后只有管理员可以对其执行操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock instances</source>
        <translation>解锁云主机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>power-cycle instead of asking the guest</source>
        <translation>断电重启，而不是请求客户机重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the guest to reboot (the default)</source>
        <translation>请求客户机重启（默认）</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerColumns</name>
    <message>
        <location filename="../app/cli/commands/servercolumns.cpp" line="+44"/>
        <location line="+34"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Task State</source>
        <translation>任务状态</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Power State</source>
        <translation>电源状态</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+36"/>
        <source>Flavor</source>
        <translation>云主机类型</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+41"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+43"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM State</source>
        <translation>虚拟机状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Name</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched At</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>N/A (booted from volume %1)</source>
        <translation>不适用（从卷 %1 启动）</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerCommands</name>
    <message>
        <location filename="../app/cli/commands/servercommands.cpp" line="+57"/>
        <source>--%1: &apos;%2&apos; is not KEY=VALUE</source>
        <translation>--%1：&apos;%2&apos; 不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--nic: &apos;%1&apos; is not net-id=NET[,v4-fixed-ip=IP] or port-id=PORT</source>
        <translation>--nic：&apos;%1&apos; 不是 net-id=NET[,v4-fixed-ip=IP] 或 port-id=PORT 格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--nic: &apos;%1&apos; needs either net-id or port-id</source>
        <translation>--nic：&apos;%1&apos; 需要 net-id 或 port-id 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--nic: &apos;%1&apos;: a fixed IP goes with net-id, not port-id</source>
        <translation>--nic：&apos;%1&apos;：固定 IP 应与 net-id 一起使用，而不是 port-id</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--hint: &apos;%1&apos;: the hint StackDesk knows is group=SERVER_GROUP</source>
        <translation>--hint：&apos;%1&apos;：StackDesk 支持的提示只有 group=SERVER_GROUP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>server create: give exactly one boot source: --image, --volume or --snapshot</source>
        <translation>server create：请只指定一个启动源：--image、--volume 或 --snapshot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--boot-from-volume goes with --image: it copies the image to a new root volume</source>
        <translation>--boot-from-volume 应与 --image 一起使用：它会将镜像复制到新的根卷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--volume-type is for a new root volume (--boot-from-volume or --snapshot), not --volume</source>
        <translation>--volume-type 用于新的根卷（--boot-from-volume 或 --snapshot），不能与 --volume 一起使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--volume-type goes with --boot-from-volume</source>
        <translation>--volume-type 应与 --boot-from-volume 一起使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--delete-on-termination is for a root volume: add --boot-from-volume SIZE, or boot from --volume or --snapshot</source>
        <translation>--delete-on-termination 用于根卷：请添加 --boot-from-volume SIZE，或从 --volume 或 --snapshot 启动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--boot-from-volume: %1 GiB is not 1 to 16384 GiB</source>
        <translation>--boot-from-volume：%1 GiB 不在 1 到 16384 GiB 之间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: %2 is not 1 to 1000</source>
        <translation>--%1：%2 不在 1 到 1000 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>wait until the instance is built (stackctl always does: the build runs in it)</source>
        <translation>等待云主机构建完成（stackctl 总是会等待：构建在 stackctl 进程中运行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata to set (repeatable)</source>
        <translation>要设置的元数据（可重复）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Launch an instance (or several with --min/--max)</source>
        <translation>创建云主机（或使用 --min/--max 创建多个）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its size</source>
        <translation>其规格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image to boot</source>
        <translation>用于启动的镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>boot from this available, bootable volume (it becomes the root disk)</source>
        <translation>从此可用且可启动的卷启动（它将成为根磁盘）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>boot from a new volume made from this volume snapshot</source>
        <translation>从用此卷快照创建的新卷启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with --image: copy the image to a new root volume of SIZE GiB</source>
        <translation>与 --image 一起使用：将镜像复制到大小为 SIZE GiB 的新根卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the new root volume&apos;s type (default: the default type)</source>
        <translation>新根卷的类型（默认：默认类型）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete the root volume with the instance (default: keep it)</source>
        <translation>删除云主机时一并删除根卷（默认：保留）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network to attach (repeatable; NIC order)</source>
        <translation>要连接的网络（可重复；按网卡顺序）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a NIC with a fixed IP or an existing port (repeatable)</source>
        <translation>带固定 IP 的网卡或现有端口（可重复）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an existing, unused port (repeatable)</source>
        <translation>一个现有的、未使用的端口（可重复）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>security group for its new ports (repeatable; default: default)</source>
        <translation>其新端口使用的安全组（可重复；默认：default）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your key pair to inject</source>
        <translation>要注入的密钥对（须为您自己的）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user data (cloud-init) file, at most 64 KiB</source>
        <translation>用户数据（cloud-init）文件，最大 64 KiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>admin password, passed to the guest in its seed</source>
        <translation>管理员密码，通过种子数据传给客户机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where to place it</source>
        <translation>放置位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host (administrators only)</source>
        <translation>主机（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch at least N</source>
        <translation>至少创建 N 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>launch at most N</source>
        <translation>最多创建 N 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduler hint: the server group</source>
        <translation>调度器提示：服务器组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what it is for</source>
        <translation>用途说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name of the new instance</source>
        <translation>新云主机的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List instances</source>
        <translation>列出云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project&apos;s (administrators only)</source>
        <translation>所有项目的云主机（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one project&apos;s (administrators only)</source>
        <translation>某个项目的云主机（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one host&apos;s (administrators only)</source>
        <translation>某台主机的云主机（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACTIVE, SHUTOFF, ERROR, ...</source>
        <translation>ACTIVE、SHUTOFF、ERROR 等</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names matching a regular expression</source>
        <translation>匹配正则表达式的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show states, zone, host, project and properties</source>
        <translation>同时显示状态、可用域、主机、项目和属性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one instance</source>
        <translation>显示单个云主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete instances: their ports, addresses, disks and claims go with them</source>
        <translation>删除云主机：其端口、地址、磁盘和资源占用将一并删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait until they are gone</source>
        <translation>等待它们删除完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename an instance, describe it, or set its metadata</source>
        <translation>重命名云主机、为其添加描述或设置其元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new description</source>
        <translation>新描述</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove metadata keys or the description of an instance</source>
        <translation>移除云主机的元数据键或描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>metadata key to remove (repeatable)</source>
        <translation>要移除的元数据键（可重复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear the description</source>
        <translation>清除描述</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The action log of an instance</source>
        <translation>云主机的操作日志</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last lines of an instance&apos;s serial console</source>
        <translation>云主机串行控制台的最后几行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many lines (default 100)</source>
        <translation>显示多少行（默认 100）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--max %1 is below --min %2</source>
        <translation>--max %1 小于 --min %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--user-data %1: cannot be read: %2</source>
        <translation>--user-data %1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error creating server %1: %2</source>
        <translation>创建云主机 %1 时出错：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Failed to delete server with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的云主机失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 servers failed to delete.</source>
        <translation>%2 个云主机中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerGroupCommands</name>
    <message>
        <location filename="../app/cli/commands/servergroupcommands.cpp" line="+38"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create a server group: instances launched into it are placed together or apart</source>
        <translation>创建服务器组：加入该组的云主机将被放置在一起或分开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>affinity (same host), anti-affinity (different hosts), or their best-effort forms soft-affinity and soft-anti-affinity</source>
        <translation>affinity（同一主机）、anti-affinity（不同主机），或其尽力而为的形式 soft-affinity 和 soft-anti-affinity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name of the new server group</source>
        <translation>新服务器组的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List your project&apos;s server groups</source>
        <translation>列出您项目的服务器组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every project&apos;s server groups (administrators only)</source>
        <translation>所有项目的服务器组（仅限管理员）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also show members, project and user</source>
        <translation>同时显示成员、项目和用户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one server group and its members</source>
        <translation>显示单个服务器组及其成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>server group name or ID</source>
        <translation>服务器组名称或 ID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete server groups; their instances keep running and simply leave the group</source>
        <translation>删除服务器组；其中的云主机继续运行，只是离开该组</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Failed to delete server group with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的服务器组失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 server groups failed to delete.</source>
        <translation>%2 个服务器组中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerLifecycleCommands</name>
    <message>
        <location filename="../app/cli/commands/serverlifecyclecommands.cpp" line="+81"/>
        <source>Rescuing</source>
        <translation>救援中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unrescuing</source>
        <translation>取消救援中</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rebuilding</source>
        <translation>重建中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the snapshot</source>
        <translation>正在创建快照</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshot %1 failed: %2</source>
        <translation>快照 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait until it has ended (stackctl always does: the work runs in it)</source>
        <translation>等待其完成（stackctl 总是会等待：操作在 stackctl 进程中运行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boot an instance from a rescue image, its own root disk attached second</source>
        <translation>从救援镜像启动云主机，其自身的根磁盘作为第二块磁盘挂载</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rescue image (default: the instance&apos;s own image)</source>
        <translation>救援镜像（默认：云主机自身的镜像）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>admin password of the rescue system, passed in its seed</source>
        <translation>救援系统的管理员密码，通过其种子数据传入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boot a rescued instance from its own disk again</source>
        <translation>让已救援的云主机重新从自身磁盘启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an instance a new root disk from an image (same host, ports and addresses)</source>
        <translation>用镜像为云主机创建新的根磁盘（主机、端口和地址不变）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image (default: the instance&apos;s own image)</source>
        <translation>镜像（默认：云主机自身的镜像）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>admin password, passed to the guest in its new seed</source>
        <translation>管理员密码，通过新的种子数据传给客户机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new description</source>
        <translation>新描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your key pair to inject instead</source>
        <translation>改为注入的密钥对（须为您自己的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inject no key pair</source>
        <translation>不注入密钥对</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a snapshot image of an instance&apos;s root disk</source>
        <translation>为云主机的根磁盘创建快照镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name of the new image</source>
        <translation>新镜像的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a property of the new image (repeatable)</source>
        <translation>新镜像的一个属性（可重复）</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerMoveCommands</name>
    <message>
        <location filename="../app/cli/commands/servermovecommands.cpp" line="+50"/>
        <location line="+5"/>
        <source>Failed to %1 server &apos;%2&apos;: %3</source>
        <translation>对云主机 &apos;%2&apos; 执行 %1 失败：%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2 servers failed to shelve.</source>
        <translation>%2 个云主机中有 %1 个搁置失败。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server ID</source>
        <translation>云主机 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Type</source>
        <translation>迁移类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source Host</source>
        <translation>源主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dest Host</source>
        <translation>目标主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old Flavor</source>
        <translation>旧云主机类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Flavor</source>
        <translation>新云主机类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only administrators may list migrations</source>
        <translation>只有管理员可以列出迁移</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--block-migration and --shared-migration exclude each other</source>
        <translation>--block-migration 与 --shared-migration 不能同时使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--block-migration and --shared-migration need --live-migration</source>
        <translation>--block-migration 和 --shared-migration 需要与 --live-migration 一起使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>wait until the move has ended (stackctl always does)</source>
        <translation>等待移动完成（stackctl 总是会等待）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the target host (administrators only)</source>
        <translation>目标主机（仅限管理员）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shelve instances: power off, keep the disks, free the host</source>
        <translation>搁置云主机：关闭电源，保留磁盘，释放主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unshelve an instance: schedule it again and start it</source>
        <translation>取消搁置云主机：重新调度并启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to place it</source>
        <translation>放置位置</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Resize an instance to another flavor; it then waits in VERIFY_RESIZE for confirm or revert</source>
        <translation>将云主机调整为另一种云主机类型；之后它将处于 VERIFY_RESIZE 状态，等待确认或还原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new flavor</source>
        <translation>新的云主机类型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm a resize or cold migration: the old host lets go of the instance</source>
        <translation>确认调整大小或冷迁移：旧主机释放该云主机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revert a resize or cold migration: back to the old flavor and host</source>
        <translation>还原调整大小或冷迁移：返回旧的云主机类型和主机</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move an instance to another host: cold (then confirm or revert) or live</source>
        <translation>将云主机移动到另一台主机：冷迁移（之后确认或还原）或热迁移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move it while it runs (administrators only)</source>
        <translation>在运行时移动（仅限管理员）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>live: copy the disks too (the default; StackDesk&apos;s hosts share no storage)</source>
        <translation>热迁移：同时复制磁盘（默认；StackDesk 的主机之间不共享存储）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live: the hosts share the instances&apos; storage; copy memory only</source>
        <translation>热迁移：主机共享云主机的存储；仅复制内存</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List resizes and migrations (administrators only)</source>
        <translation>列出调整大小和迁移记录（仅限管理员）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only this instance&apos;s</source>
        <translation>仅列出此云主机的记录</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerNetworkCommands</name>
    <message>
        <location filename="../app/cli/commands/servernetworkcommands.cpp" line="+101"/>
        <source>Server %1 has no port on network %2</source>
        <translation>云主机 %1 在网络 %2 上没有端口</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach an existing, unused port to a server (hot-plugged while it runs)</source>
        <translation>将一个已有且未使用的端口连接到云主机（运行时热插入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>port name or ID</source>
        <translation>端口名称或 ID</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Attach a new port on a network to a server (hot-plugged while it runs)</source>
        <translation>在网络上新建端口并连接到云主机（运行时热插入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new port&apos;s address (default: a free one of the network)</source>
        <translation>新端口的地址（默认：网络中任意空闲地址）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>network name or ID</source>
        <translation>网络名称或 ID</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Detach a port from a server; a port the server made is deleted</source>
        <translation>从云主机分离端口；由云主机创建的端口将被删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detach every port of a server on a network</source>
        <translation>分离云主机在某个网络上的所有端口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a security group to every port of a server</source>
        <translation>为云主机的每个端口添加安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>security group name or ID</source>
        <translation>安全组名称或 ID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove a security group from every port of a server</source>
        <translation>从云主机的每个端口移除安全组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Associate a floating IP with a server</source>
        <translation>将浮动IP关联到云主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>which of the server&apos;s fixed IPs it reaches (default: the first one a router links to the floating IP&apos;s network)</source>
        <translation>它到达云主机的哪个固定 IP（默认：第一个由路由连接到浮动IP所在网络的固定 IP）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>floating IP address or ID</source>
        <translation>浮动IP地址或 ID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Disassociate a floating IP from a server; the address stays allocated</source>
        <translation>取消浮动IP与云主机的关联；地址保持已分配状态</translation>
    </message>
</context>
<context>
    <name>sd::cli::ServerVolumeCommands</name>
    <message>
        <location filename="../app/cli/commands/servervolumecommands.cpp" line="+37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server ID</source>
        <translation>云主机 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume ID</source>
        <translation>卷 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete On Termination</source>
        <translation>终止时删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instance name or ID</source>
        <translation>云主机名称或 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume name or ID</source>
        <translation>卷名称或 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach an available volume to a server (hot-plugged while it runs)</source>
        <translation>将一个可用的卷连接到云主机（运行时热插入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk&apos;s name in the guest, e.g. /dev/vdb (default: the next free one)</source>
        <translation>磁盘在客户机中的名称，例如 /dev/vdb（默认：下一个空闲设备）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detach a volume from a server; it becomes available again</source>
        <translation>从云主机分离卷；卷将重新变为可用</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attaching</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error attaching volume %1: %2</source>
        <translation>连接卷 %1 时出错：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume %1 is %2, not attached to %3</source>
        <translation>卷 %1 处于 %2 状态，未连接到 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Detaching</source>
        <translation>分离中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error detaching volume %1: %2</source>
        <translation>分离卷 %1 时出错：%2</translation>
    </message>
</context>
<context>
    <name>sd::cli::SubnetCommands</name>
    <message>
        <location filename="../app/cli/commands/subnetcommands.cpp" line="+43"/>
        <location line="+26"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name Servers</source>
        <translation>DNS服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Allocation Pools</source>
        <translation>分配池</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+17"/>
        <source>Host Routes</source>
        <translation>主机路由</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>IP Version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS Name Servers</source>
        <translation>DNS服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable DHCP</source>
        <translation>激活DHCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway IP</source>
        <translation>网关 IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network ID</source>
        <translation>网络 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the gateway address, `auto` (the subnet&apos;s first address, the default) or `none`</source>
        <translation>网关地址、`auto`（子网的第一个地址，默认）或 `none`</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new gateway address, or `none` to remove it</source>
        <translation>新的网关地址，或用 `none` 将其移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a range the addresses of ports come from (repeatable; default: the whole subnet but the gateway)</source>
        <translation>端口地址的来源范围（可重复；默认：除网关外的整个子网）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a range to add to the allocation pools (repeatable)</source>
        <translation>要添加到分配池的范围（可重复）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a DNS server that DHCP hands out (repeatable)</source>
        <translation>由 DHCP 分发的 DNS服务器（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a DNS server to add (repeatable)</source>
        <translation>要添加的 DNS服务器（可重复）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a static route that DHCP hands out (repeatable)</source>
        <translation>由 DHCP 分发的静态路由（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a static route to add (repeatable)</source>
        <translation>要添加的静态路由（可重复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the subnet is for</source>
        <translation>子网的用途</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand out addresses by DHCP (the default)</source>
        <translation>通过 DHCP 分发地址（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no DHCP: guests are configured by hand</source>
        <translation>不使用 DHCP：客户机需手动配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new subnet name</source>
        <translation>新的子网名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the allocation pools first (then --allocation-pool gives the new ones)</source>
        <translation>先移除分配池（然后由 --allocation-pool 指定新的分配池）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the DNS servers first (then --dns-nameserver gives the new ones)</source>
        <translation>先移除 DNS服务器（然后由 --dns-nameserver 指定新的 DNS服务器）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the host routes first (then --host-route gives the new ones)</source>
        <translation>先移除主机路由（然后由 --host-route 指定新的主机路由）</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+62"/>
        <source>subnet name or ID</source>
        <translation>子网名称或 ID</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Create a subnet on a network: its CIDR, gateway, allocation pools, DNS servers and routes</source>
        <translation>在网络上创建子网：指定其 CIDR、网关、分配池、DNS服务器和路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the network it belongs to (name or ID)</source>
        <translation>子网所属的网络（名称或 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its addresses, such as 10.0.0.0/24 or fd00::/64</source>
        <translation>子网的地址，例如 10.0.0.0/24 或 fd00::/64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 or 6 (default: what --subnet-range is)</source>
        <translation>4 或 6（默认：与 --subnet-range 一致）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new subnet</source>
        <translation>新子网的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the subnets of the networks you may use</source>
        <translation>列出您可以使用的网络的子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this network&apos;s subnets</source>
        <translation>仅列出此网络的子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only IPv4 or only IPv6 subnets</source>
        <translation>仅列出 IPv4 或仅列出 IPv6 子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show project, DHCP, name servers, pools, routes, IP version and gateway</source>
        <translation>同时显示项目、DHCP、DNS服务器、地址池、路由、IP 版本和网关</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show one subnet</source>
        <translation>显示单个子网</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a subnet&apos;s name, gateway, DHCP, allocation pools, DNS servers or host routes</source>
        <translation>修改子网的名称、网关、DHCP、分配池、DNS服务器或主机路由</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete subnets; one whose addresses ports still hold is refused</source>
        <translation>删除子网；端口仍持有其地址的子网会被拒绝</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Failed to delete subnet with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的子网失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 subnets failed to delete.</source>
        <translation>%2 个子网中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::TokenCommands</name>
    <message>
        <location filename="../app/cli/commands/tokencommands.cpp" line="+26"/>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project_id</source>
        <translation>project_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user_id</source>
        <translation>user_id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log in with --os-username/--os-password/--os-project-name and print the token</source>
        <translation>使用 --os-username/--os-password/--os-project-name 登录并输出令牌</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>token issue: no credentials; give --os-username and --os-password (or OS_USERNAME and OS_PASSWORD)</source>
        <translation>token issue：没有凭据；请指定 --os-username 和 --os-password（或 OS_USERNAME 和 OS_PASSWORD）</translation>
    </message>
</context>
<context>
    <name>sd::cli::UserCommands</name>
    <message>
        <location filename="../app/cli/commands/usercommands.cpp" line="+45"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Project ID</source>
        <translation>默认项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>是否启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the user&apos;s email address</source>
        <translation>用户的电子邮件地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a description of the user</source>
        <translation>用户的描述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default project, used when logging in without a project (gives no role there)</source>
        <translation>默认项目，登录时未指定项目则使用（不会在该项目上授予角色）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <source>user name or ID</source>
        <translation>用户名或 ID</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>only users with a role on this project (directly or by group)</source>
        <translation>仅列出在此项目上拥有角色的用户（直接或通过用户组）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new user name</source>
        <translation>新的用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your current password (asked when omitted)</source>
        <translation>您的当前密码（省略时提示输入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new password (asked twice when omitted)</source>
        <translation>新密码（省略时提示输入两次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new user</source>
        <translation>新用户的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List users (admins only)</source>
        <translation>列出用户（仅限管理员）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one user; non-admins may show only themselves</source>
        <translation>显示单个用户；非管理员只能查看自己</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a user&apos;s name, password, email, description, default project or state</source>
        <translation>修改用户的名称、密码、电子邮件、描述、默认项目或状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete users; refused for yourself and for the last administrator</source>
        <translation>删除用户；不能删除自己或最后一个管理员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change your own password; ends your sessions</source>
        <translation>修改您自己的密码；您的会话将结束</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Current Password: </source>
        <translation>当前密码： </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Password: </source>
        <translation>新密码： </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat New Password: </source>
        <translation>再次输入新密码： </translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeBackupCommands</name>
    <message>
        <location filename="../app/cli/commands/volumebackupcommands.cpp" line="+33"/>
        <source>volume backup name or ID</source>
        <translation>卷备份名称或 ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored Bytes</source>
        <translation>已存储字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume ID</source>
        <translation>卷 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back a volume up into the data dir&apos;s backups folder</source>
        <translation>将卷备份到数据目录的 backups 文件夹中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the volume to back up (name or ID)</source>
        <translation>要备份的卷（名称或 ID）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name of the backup</source>
        <translation>备份的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the backup is for</source>
        <translation>备份的用途</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up a volume that is attached to an instance</source>
        <translation>备份已连接到云主机的卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List your project&apos;s volume backups</source>
        <translation>列出您项目的卷备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project&apos;s backups (administrators only)</source>
        <translation>所有项目的备份（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show the volume, the bytes stored and when</source>
        <translation>同时显示卷、已存储的字节数和时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one volume backup</source>
        <translation>显示单个卷备份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup into an available volume at least as large, or into a new one</source>
        <translation>将备份恢复到至少同样大小的可用卷，或恢复到新卷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name of the new volume when no VOLUME is given (default: restore_backup_&lt;backup id&gt;)</source>
        <translation>未指定 VOLUME 时新卷的名称（默认：restore_backup_&lt;backup id&gt;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the volume to overwrite (name or ID); default: a new volume</source>
        <translation>要覆盖的卷（名称或 ID）；默认：新卷</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--name names a new volume; it cannot go with VOLUME %1, which is overwritten</source>
        <translation>--name 用于命名新卷；不能与将被覆盖的 VOLUME %1 一起使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete volume backups</source>
        <translation>删除卷备份</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error backing up volume to backup %1: %2</source>
        <translation>将卷备份到备份 %1 时出错：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Error restoring into volume %1: %2</source>
        <translation>恢复到卷 %1 时出错：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed to delete volume backup with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的卷备份失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 volume backups failed to delete.</source>
        <translation>%2 个卷备份中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeColumns</name>
    <message>
        <location filename="../app/cli/commands/volumecolumns.cpp" line="+86"/>
        <source>Attached to %1 on %2</source>
        <translation>已连接到 %1，设备为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+30"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+32"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+16"/>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Attached to</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+11"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+25"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+22"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Project Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Attachments</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup ID</source>
        <translation>备份 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete On Termination</source>
        <translation>终止时删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host ID</source>
        <translation>主机 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot ID</source>
        <translation>快照 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source Volume ID</source>
        <translation>源卷 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer ID</source>
        <translation>转让 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type ID</source>
        <translation>类型 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated At</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeCommands</name>
    <message>
        <location filename="../app/cli/commands/volumecommands.cpp" line="+29"/>
        <source>volume name or ID</source>
        <translation>卷名称或 ID</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Create a volume, empty or from an image, a snapshot or another volume, and wait until it is available</source>
        <translation>创建一个卷（空卷，或从镜像、快照或其他卷创建），并等待其变为可用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>size in GB (default: the source&apos;s size; required for an empty volume)</source>
        <translation>大小，单位为 GB（默认：源的大小；空卷必须指定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume type name or ID (default: standard)</source>
        <translation>卷类型名称或 ID（默认：standard）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy this image&apos;s data into it</source>
        <translation>将此镜像的数据复制到卷中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy this volume snapshot</source>
        <translation>复制此卷快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy this volume</source>
        <translation>复制此卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place it on a host of this zone (default: any)</source>
        <translation>将其放在此可用域的主机上（默认：任意）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>what the volume holds</source>
        <translation>卷中存放的内容</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>a property to set (repeatable)</source>
        <translation>要设置的属性（可重复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of the new volume</source>
        <translation>新卷的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List your project&apos;s volumes</source>
        <translation>列出您项目的卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project&apos;s volumes (administrators only)</source>
        <translation>所有项目的卷（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this project&apos;s volumes (administrators only)</source>
        <translation>仅列出此项目的卷（仅限管理员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only volumes in this status: %1</source>
        <translation>仅列出处于此状态的卷：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only volumes whose name contains this</source>
        <translation>仅列出名称包含此内容的卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show type, bootable, host, zone and properties</source>
        <translation>同时显示类型、可启动、主机、可用域和属性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show one volume</source>
        <translation>显示单个卷</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename, describe, extend, retype or mark a volume bootable, or set its properties</source>
        <translation>重命名卷、修改其描述、扩展卷、更改卷类型、将其标记为可启动，或设置其属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new volume name</source>
        <translation>新的卷名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extend it to this size in GB (larger than now; online while attached where the host can)</source>
        <translation>将其扩展到此大小，单位为 GB（须大于当前大小；在主机支持时可在连接状态下在线扩展）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a property to add or change (repeatable)</source>
        <translation>要添加或修改的属性（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move it to this volume type (retype)</source>
        <translation>将其移动到此卷类型（更改卷类型）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never (refuse when the type&apos;s pool differs, the default) or on-demand (copy the data to the new pool)</source>
        <translation>never（当类型的存储池不同时拒绝，默认）或 on-demand（将数据复制到新的存储池）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove properties from a volume</source>
        <translation>从卷中移除属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a property to remove (repeatable)</source>
        <translation>要移除的属性（可重复）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete volumes; one in use or with snapshots is refused, the others still go</source>
        <translation>删除卷；正在使用或有快照的卷将被拒绝删除，其他卷仍会删除</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>volume create: give --size for an empty volume, or a source to copy (--image, --snapshot or --source)</source>
        <translation>volume create：空卷请指定 --size，或指定要复制的源（--image、--snapshot 或 --source）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--status %1: not one of %2</source>
        <translation>--status %1：不是 %2 之一</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--retype-policy %1: not one of %2</source>
        <translation>--retype-policy %1：不是 %2 之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retype-policy goes with --type, the type to move the volume to</source>
        <translation>--retype-policy 应与 --type（卷要移动到的类型）一起使用</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error creating volume %1: %2</source>
        <translation>创建卷 %1 时出错：%2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Extending</source>
        <translation>扩展中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error extending volume %1: %2</source>
        <translation>扩展卷 %1 时出错：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retyping</source>
        <translation>更改类型中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error retyping volume %1: %2</source>
        <translation>更改卷 %1 的类型时出错：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Failed to delete volume with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的卷失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 volumes failed to delete.</source>
        <translation>%2 个卷中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeOptions</name>
    <message>
        <location filename="../app/cli/commands/volumeoptions.cpp" line="+30"/>
        <source>mark it bootable: instances may boot from it</source>
        <translation>将其标记为可启动：云主机可以从它启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark it not bootable</source>
        <translation>将其标记为不可启动</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 %2: expected KEY=VALUE</source>
        <translation>--%1 %2：应为 KEY=VALUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--%1 %2: the key before &apos;=&apos; is empty</source>
        <translation>--%1 %2：&apos;=&apos; 之前的键为空</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 exclude each other; give one</source>
        <translation>%1 互斥；请只指定其一</translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeSnapshotCommands</name>
    <message>
        <location filename="../app/cli/commands/volumesnapshotcommands.cpp" line="+31"/>
        <source>volume snapshot name or ID</source>
        <translation>卷快照名称或 ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume ID</source>
        <translation>卷 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>new snapshot name</source>
        <translation>新的快照名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot a volume: a copy in its pool that new volumes can be made from</source>
        <translation>为卷创建快照：在其存储池中保存一份副本，可从中创建新卷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the volume to snapshot (name or ID)</source>
        <translation>要创建快照的卷（名称或 ID）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot a volume that is attached to an instance (the instance&apos;s writes in flight are not in it)</source>
        <translation>为已连接到云主机的卷创建快照（云主机正在进行的写入不包含在内）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>what the snapshot is for</source>
        <translation>快照的用途</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>name of the new snapshot</source>
        <translation>新快照的名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List your project&apos;s volume snapshots</source>
        <translation>列出您项目的卷快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project&apos;s snapshots (administrators only)</source>
        <translation>所有项目的快照（仅限管理员）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the snapshots of this volume (name or ID)</source>
        <translation>仅列出此卷的快照（名称或 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show when, of which volume, and properties</source>
        <translation>同时显示创建时间、所属卷和属性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one volume snapshot</source>
        <translation>显示单个卷快照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename or describe a volume snapshot</source>
        <translation>重命名卷快照或修改其描述</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete volume snapshots; volumes made from them keep their data</source>
        <translation>删除卷快照；从它们创建的卷保留其数据</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error creating volume snapshot %1: %2</source>
        <translation>创建卷快照 %1 时出错：%2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Failed to delete volume snapshot with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的卷快照失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 volume snapshots failed to delete.</source>
        <translation>%2 个卷快照中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeTransferCommands</name>
    <message>
        <location filename="../app/cli/commands/volumetransfercommands.cpp" line="+32"/>
        <source>volume transfer name or ID</source>
        <translation>卷转让名称或 ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume ID</source>
        <translation>卷 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Name</source>
        <translation>卷名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auth Key</source>
        <translation>授权密钥</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offer a volume to another project: prints the transfer&apos;s ID and auth key, once</source>
        <translation>将卷提供给另一个项目：输出转让的 ID 和授权密钥，仅输出一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name of the transfer request</source>
        <translation>转让请求的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the available volume to give (name or ID)</source>
        <translation>要转让的可用卷（名称或 ID）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take a volume offered to your project; prints the volume, now yours</source>
        <translation>接收提供给您项目的卷；输出该卷（现已归您所有）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the auth key `volume transfer request create` printed</source>
        <translation>`volume transfer request create` 输出的授权密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the transfer&apos;s ID</source>
        <translation>转让的 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List your project&apos;s open volume transfers</source>
        <translation>列出您项目中未完成的卷转让</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every project&apos;s transfers (administrators only)</source>
        <translation>所有项目的转让（仅限管理员）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdraw volume transfers; their volumes become available again</source>
        <translation>撤回卷转让；其卷将重新变为可用</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Failed to delete volume transfer with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的卷转让失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 volume transfers failed to delete.</source>
        <translation>%2 个卷转让中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeTypeCommands</name>
    <message>
        <location filename="../app/cli/commands/volumetypecommands.cpp" line="+33"/>
        <source>volume type name or ID</source>
        <translation>卷类型名称或 ID</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool Type</source>
        <translation>存储池类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool Options</source>
        <translation>存储池选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool Name</source>
        <translation>存储池名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>共享的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Project IDs</source>
        <translation>可访问项目 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created At</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a field of the pool&apos;s XML as KEY=VALUE (repeatable); by pool type, %1</source>
        <translation>存储池 XML 中的一个字段，格式为 KEY=VALUE（可重复）；按存储池类型：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every project may use it (the default)</source>
        <translation>所有项目都可使用（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only projects given access with `volume type set --project` may use it</source>
        <translation>只有通过 `volume type set --project` 获得访问权限的项目可以使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give this project access to the private type (name or ID)</source>
        <translation>授予此项目访问该私有类型的权限（名称或 ID）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a volume type: a storage pool of its kind on every host (administrators only)</source>
        <translation>创建卷类型：每台主机上一个该类型的存储池（仅限管理员）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the libvirt pool behind it: %1</source>
        <translation>其背后的 libvirt 存储池：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an extra spec to set (repeatable)</source>
        <translation>要设置的额外规格（可重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>what the type is for</source>
        <translation>该类型的用途</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>name of the new volume type</source>
        <translation>新卷类型的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the volume types you may use</source>
        <translation>列出您可以使用的卷类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also show description, pool options and properties</source>
        <translation>同时显示描述、存储池选项和属性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show one volume type and its pool</source>
        <translation>显示单个卷类型及其存储池</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a volume type&apos;s description, access or properties (administrators only)</source>
        <translation>修改卷类型的描述、访问权限或属性（仅限管理员）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an extra spec to add or change (repeatable)</source>
        <translation>要添加或修改的额外规格（可重复）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove properties from a volume type, or a project&apos;s access to a private one</source>
        <translation>从卷类型中移除属性，或收回某个项目对私有卷类型的访问权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an extra spec to remove (repeatable)</source>
        <translation>要移除的额外规格（可重复）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take this project&apos;s access to the private type away (name or ID)</source>
        <translation>收回此项目对该私有类型的访问权限（名称或 ID）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete volume types no volume uses; their pools leave the hosts</source>
        <translation>删除没有卷使用的卷类型；其存储池将从各主机上移除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--pool-type %1: not one of %2</source>
        <translation>--pool-type %1：不是 %2 之一</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Preparing pools</source>
        <translation>正在准备存储池</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Failed to delete volume type with name or ID &apos;%1&apos;: %2</source>
        <translation>删除名称或 ID 为 &apos;%1&apos; 的卷类型失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 volume types failed to delete.</source>
        <translation>%2 个卷类型中有 %1 个删除失败。</translation>
    </message>
</context>
<context>
    <name>sd::cli::VolumeWait</name>
    <message>
        <location filename="../app/cli/commands/volumewait.cpp" line="+118"/>
        <source>Volume %1 is still %2 after %3 minutes</source>
        <translation>%3 分钟后卷 %1 仍处于 %2 状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Volume snapshot %1 is still %2 after %3 minutes</source>
        <translation>%3 分钟后卷快照 %1 仍处于 %2 状态</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Volume backup %1 is still %2 after %3 minutes</source>
        <translation>%3 分钟后卷备份 %1 仍处于 %2 状态</translation>
    </message>
</context>
</TS>
