/**
 * The node and image definitions a fresh CML 2.9 ships with (a representative subset), in the shapes of
 * `NodeDefinitionResponse`, `SimplifiedNodeDefinitionResponse` and `ImageDefinition`.
 */

type Nature = 'router' | 'switch' | 'server' | 'host' | 'cloud' | 'firewall' | 'external_connector';

interface CatalogEntry {
  id: string;
  label: string;
  prefix: string;
  nature: Nature;
  icon: 'router' | 'switch' | 'server' | 'host' | 'cloud';
  description: string;
  /** Libvirt domain driver; `none` for nodes that are not virtual machines. */
  domain: 'kvm' | 'lxc' | 'none';
  simDriver: string;
  configDriver: string | null;
  ramMb: number;
  cpus: number;
  interfaces: string[];
  images: { id: string; label: string; disk: string }[];
}

const CATALOG: CatalogEntry[] = [
  {
    id: 'iosv', label: 'IOSv', prefix: 'iosv-', nature: 'router', icon: 'router', description: 'Cisco IOSv router',
    domain: 'kvm', simDriver: 'iosv', configDriver: 'iosv', ramMb: 512, cpus: 1,
    interfaces: ['GigabitEthernet0/0', 'GigabitEthernet0/1', 'GigabitEthernet0/2', 'GigabitEthernet0/3'],
    images: [{ id: 'iosv-159-3-m8', label: 'IOSv 15.9(3)M8', disk: 'vios-adventerprisek9-m.spa.159-3.m8.qcow2' }],
  },
  {
    id: 'iosvl2', label: 'IOSvL2', prefix: 'iosvl2-', nature: 'switch', icon: 'switch', description: 'Cisco IOSv L2 switch',
    domain: 'kvm', simDriver: 'iosvl2', configDriver: 'iosvl2', ramMb: 768, cpus: 1,
    interfaces: ['GigabitEthernet0/0', 'GigabitEthernet0/1', 'GigabitEthernet0/2', 'GigabitEthernet0/3'],
    images: [{ id: 'iosvl2-2020', label: 'IOSvL2 2020', disk: 'vios_l2-adventerprisek9-m.ssa.high_iron_20200929.qcow2' }],
  },
  {
    id: 'csr1000v', label: 'CSR1000v', prefix: 'csr1000v-', nature: 'router', icon: 'router', description: 'Cisco CSR 1000v router',
    domain: 'kvm', simDriver: 'csr1000v', configDriver: 'csr1000v', ramMb: 3072, cpus: 1,
    interfaces: ['GigabitEthernet1', 'GigabitEthernet2', 'GigabitEthernet3', 'GigabitEthernet4'],
    images: [{ id: 'csr1000v-17-03-08a', label: 'CSR1000v 17.3.8a', disk: 'csr1000v-universalk9.17.03.08a-serial.qcow2' }],
  },
  {
    id: 'alpine', label: 'Alpine', prefix: 'alpine-', nature: 'server', icon: 'server', description: 'Alpine Linux host',
    domain: 'kvm', simDriver: 'alpine', configDriver: 'alpine', ramMb: 512, cpus: 1,
    interfaces: ['eth0', 'eth1', 'eth2', 'eth3'],
    images: [{ id: 'alpine-3-21-base', label: 'Alpine 3.21', disk: 'alpine-3-21-base.qcow2' }],
  },
  {
    id: 'ubuntu', label: 'Ubuntu', prefix: 'ubuntu-', nature: 'server', icon: 'server', description: 'Ubuntu Linux host',
    domain: 'kvm', simDriver: 'ubuntu', configDriver: 'ubuntu', ramMb: 2048, cpus: 1,
    interfaces: ['ens2', 'ens3', 'ens4', 'ens5'],
    images: [{ id: 'ubuntu-24-04', label: 'Ubuntu 24.04', disk: 'noble-server-cloudimg-amd64.img' }],
  },
  {
    id: 'unmanaged_switch', label: 'Unmanaged Switch', prefix: 'unmanaged-switch-', nature: 'switch', icon: 'switch',
    description: 'Unmanaged layer-2 switch', domain: 'none', simDriver: 'unmanaged_switch', configDriver: null, ramMb: 0, cpus: 0,
    interfaces: ['port0', 'port1', 'port2', 'port3', 'port4', 'port5', 'port6', 'port7'],
    images: [],
  },
  {
    id: 'external_connector', label: 'External Connector', prefix: 'ext-conn-', nature: 'cloud', icon: 'cloud',
    description: 'Bridge to an outside network', domain: 'none', simDriver: 'external_connector', configDriver: null, ramMb: 0, cpus: 0,
    interfaces: ['port'],
    images: [],
  },
];

/** Resources one running node of a definition uses; unknown definitions count as a small VM. */
export function nodeResources(nodeDefinition: string): { ramMb: number; cpus: number; interfaces: string[] } {
  const entry = CATALOG.find((c) => c.id === nodeDefinition);
  return entry
    ? { ramMb: entry.ramMb, cpus: entry.cpus, interfaces: entry.interfaces }
    : { ramMb: 1024, cpus: 1, interfaces: ['eth0', 'eth1', 'eth2', 'eth3'] };
}

export function isKnownNodeDefinition(id: string): boolean {
  return CATALOG.some((c) => c.id === id);
}

export function defaultImageOf(nodeDefinition: string): string | null {
  return CATALOG.find((c) => c.id === nodeDefinition)?.images[0]?.id ?? null;
}

function device(entry: CatalogEntry): Record<string, unknown> {
  return { interfaces: { has_loopback_zero: entry.nature === 'router', physical: entry.interfaces, serial_ports: entry.domain === 'none' ? 0 : 1, default_count: Math.min(4, entry.interfaces.length), loopback: entry.nature === 'router' ? ['Loopback0'] : undefined } };
}

function ui(entry: CatalogEntry): Record<string, unknown> {
  return {
    label_prefix: entry.prefix, icon: entry.icon, label: entry.label, visible: true, group: entry.domain === 'none' || entry.nature === 'server' ? 'Others' : 'Cisco',
    description: entry.description, has_configuration: entry.configDriver !== null, show_ram: entry.domain !== 'none', show_cpus: entry.domain !== 'none',
    show_cpu_limit: entry.domain !== 'none', show_data_volume: entry.domain !== 'none', show_boot_disk_size: entry.domain !== 'none', has_config_extraction: entry.configDriver !== null,
  };
}

/** `GET /node_definitions` */
export function nodeDefinitions(): Record<string, unknown>[] {
  return CATALOG.map((entry) => {
    const linuxNative: Record<string, unknown> = { libvirt_domain_driver: entry.domain, driver: entry.simDriver };
    if (entry.domain !== 'none') {
      Object.assign(linuxNative, { disk_driver: 'virtio', ram: entry.ramMb, cpus: entry.cpus, cpu_limit: 100, nic_driver: entry.nature === 'router' ? 'e1000' : 'virtio' });
    }
    return {
      id: entry.id,
      schema_version: '0.0.1',
      general: { nature: entry.nature, description: entry.description, read_only: true },
      device: device(entry),
      ui: ui(entry),
      sim: { linux_native: linuxNative },
      boot: entry.domain === 'none' ? { timeout: 0 } : { timeout: 300, completed: ['CML_BOOT_DONE'], uses_regex: false },
      configuration: { generator: { driver: entry.configDriver } },
      inherited: {
        image: { ram: true, cpus: true, data_volume: true, boot_disk_size: true, cpu_limit: true },
        node: { ram: true, cpus: true, data_volume: true, boot_disk_size: true, cpu_limit: true },
      },
    };
  });
}

/** `GET /simplified_node_definitions` */
export function simplifiedNodeDefinitions(): Record<string, unknown>[] {
  return CATALOG.map((entry) => ({
    id: entry.id,
    general: { nature: entry.nature, description: entry.description, read_only: true },
    device: device(entry),
    ui: ui(entry),
    sim: entry.domain === 'none'
      ? { console: false, simulate: false, vnc: false, custom_mac: false }
      : { ram: entry.ramMb, cpus: entry.cpus, cpu_limit: 100, data_volume: 0, boot_disk_size: 0, console: true, simulate: true, vnc: entry.nature === 'server', custom_mac: true },
    image_definitions: entry.images.map((i) => i.id),
  }));
}

/** `GET /image_definitions` */
export function imageDefinitions(): Record<string, unknown>[] {
  return CATALOG.flatMap((entry) =>
    entry.images.map((image) => ({
      id: image.id,
      node_definition_id: entry.id,
      label: image.label,
      disk_image: image.disk,
      read_only: true,
      schema_version: '0.0.1',
      ram: null,
      cpus: null,
      cpu_limit: null,
      data_volume: null,
      boot_disk_size: null,
    })),
  );
}
