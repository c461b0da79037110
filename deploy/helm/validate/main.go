// Command validate checks manifests rendered by `helm template` against the Kubernetes API types,
// offline: every document is decoded strictly into its Go type from k8s.io/api (or the Prometheus
// Operator's ServiceMonitor), so an unknown or misspelt field, a duplicate key or a value of the
// wrong type is an error, as it is for `kubectl apply --validate=strict`. It then checks what the API
// server would refuse or what would silently not work: names and labels, a Deployment's selector
// against its pod labels, probe and Service ports against container ports, volume mounts against
// volumes, an Ingress against the Services, a PodDisruptionBudget and a ServiceMonitor against what
// they select.
//
//	helm template -n NS ... | validate -namespace NS     reads standard input
//	validate -namespace NS rendered.yaml ...            or files
//
// Objects without a namespace are taken to be in -namespace (as `helm install -n` puts them).
//
// Prints one line per document and exits 1 when any check fails.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
	kjson "k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
)

func main() {
	namespace := flag.String("namespace", "default", "the namespace of objects that name none")
	flag.Parse()
	var inputs []io.Reader
	names := flag.Args()
	if len(names) == 0 {
		inputs = append(inputs, os.Stdin)
		names = []string{"<stdin>"}
	}
	for _, name := range flag.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		defer f.Close()
		inputs = append(inputs, f)
	}
	var docs [][]byte
	for i, in := range inputs {
		d, err := splitDocuments(in)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", names[i], err)
			os.Exit(2)
		}
		docs = append(docs, d...)
	}
	problems := Validate(docs, *namespace, os.Stdout)
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "FAIL", p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(os.Stderr, "%d problem(s) in %d document(s)\n", len(problems), len(docs))
		os.Exit(1)
	}
	fmt.Printf("%d document(s) valid\n", len(docs))
}

// splitDocuments returns the non-empty YAML documents of a stream.
func splitDocuments(r io.Reader) ([][]byte, error) {
	reader := utilyaml.NewYAMLReader(bufio.NewReader(r))
	var docs [][]byte
	for {
		doc, err := reader.Read()
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(stripComments(doc))) > 0 {
			docs = append(docs, doc)
		}
	}
}

func stripComments(doc []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.Split(doc, []byte("\n")) {
		if !bytes.HasPrefix(bytes.TrimSpace(line), []byte("#")) {
			out.Write(line)
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

// The kinds a chart of ours may render; anything else is refused until its type is added here.
func newScheme() *runtime.Scheme {
	scheme := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{
		corev1.AddToScheme, appsv1.AddToScheme, networkingv1.AddToScheme, policyv1.AddToScheme,
		autoscalingv2.AddToScheme, monitoringv1.AddToScheme,
	} {
		if err := add(scheme); err != nil {
			panic(err)
		}
	}
	return scheme
}

// rendered holds the decoded objects, for the checks across documents.
type rendered struct {
	deployments []*appsv1.Deployment
	services    []*corev1.Service
	ingresses   []*networkingv1.Ingress
	pdbs        []*policyv1.PodDisruptionBudget
	monitors    []*monitoringv1.ServiceMonitor
	secrets     map[string]*corev1.Secret
	configMaps  map[string]*corev1.ConfigMap
	accounts    map[string]bool
	identifiers map[string]bool
}

// Validate decodes every document strictly and runs the checks; it returns every problem found.
func Validate(docs [][]byte, namespace string, out io.Writer) []string {
	scheme := newScheme()
	decoder := kjson.NewSerializerWithOptions(kjson.DefaultMetaFactory, scheme, scheme, kjson.SerializerOptions{Yaml: true, Strict: true})
	r := &rendered{secrets: map[string]*corev1.Secret{}, configMaps: map[string]*corev1.ConfigMap{}, accounts: map[string]bool{}, identifiers: map[string]bool{}}
	var problems []string
	for i, doc := range docs {
		obj, gvk, err := decoder.Decode(doc, nil, nil)
		if err != nil {
			kind := "?"
			if gvk != nil {
				kind = gvk.GroupVersion().String() + " " + gvk.Kind
			}
			problems = append(problems, fmt.Sprintf("document %d (%s): %v", i+1, kind, err))
			continue
		}
		meta, ok := obj.(metav1.Object)
		if !ok {
			problems = append(problems, fmt.Sprintf("document %d: %s has no object metadata", i+1, gvk.Kind))
			continue
		}
		if meta.GetNamespace() == "" {
			meta.SetNamespace(namespace)
		}
		id := fmt.Sprintf("%s/%s", gvk.Kind, meta.GetName())
		fmt.Fprintf(out, "ok   %-40s %s\n", id, gvk.GroupVersion())
		if r.identifiers[id] {
			problems = append(problems, id+": rendered twice")
		}
		r.identifiers[id] = true
		problems = append(problems, prefix(id, checkMeta(meta))...)
		switch o := obj.(type) {
		case *appsv1.Deployment:
			r.deployments = append(r.deployments, o)
		case *corev1.Service:
			r.services = append(r.services, o)
		case *networkingv1.Ingress:
			r.ingresses = append(r.ingresses, o)
		case *policyv1.PodDisruptionBudget:
			r.pdbs = append(r.pdbs, o)
		case *monitoringv1.ServiceMonitor:
			r.monitors = append(r.monitors, o)
		case *corev1.Secret:
			r.secrets[o.Name] = o
		case *corev1.ConfigMap:
			r.configMaps[o.Name] = o
		case *corev1.ServiceAccount:
			r.accounts[o.Name] = true
		}
	}
	problems = append(problems, r.check()...)
	return problems
}

func prefix(id string, problems []string) []string {
	for i, p := range problems {
		problems[i] = id + ": " + p
	}
	return problems
}

func checkMeta(meta metav1.Object) []string {
	var problems []string
	for _, msg := range validation.IsDNS1123Subdomain(meta.GetName()) {
		problems = append(problems, "name "+msg)
	}
	for k, v := range meta.GetLabels() {
		for _, msg := range validation.IsQualifiedName(k) {
			problems = append(problems, fmt.Sprintf("label key %q: %s", k, msg))
		}
		for _, msg := range validation.IsValidLabelValue(v) {
			problems = append(problems, fmt.Sprintf("label %s=%q: %s", k, v, msg))
		}
	}
	for k := range meta.GetAnnotations() {
		for _, msg := range validation.IsQualifiedName(strings.ToLower(k)) {
			problems = append(problems, fmt.Sprintf("annotation key %q: %s", k, msg))
		}
	}
	return problems
}

func (r *rendered) check() []string {
	var problems []string
	for _, d := range r.deployments {
		problems = append(problems, prefix("Deployment/"+d.Name, r.checkDeployment(d))...)
	}
	for _, s := range r.services {
		problems = append(problems, prefix("Service/"+s.Name, r.checkService(s))...)
	}
	for _, ing := range r.ingresses {
		problems = append(problems, prefix("Ingress/"+ing.Name, r.checkIngress(ing))...)
	}
	for _, pdb := range r.pdbs {
		problems = append(problems, prefix("PodDisruptionBudget/"+pdb.Name, r.checkPDB(pdb))...)
	}
	for _, m := range r.monitors {
		problems = append(problems, prefix("ServiceMonitor/"+m.Name, r.checkServiceMonitor(m))...)
	}
	return problems
}

func (r *rendered) checkDeployment(d *appsv1.Deployment) []string {
	var problems []string
	if d.Spec.Selector == nil || len(d.Spec.Selector.MatchLabels)+len(d.Spec.Selector.MatchExpressions) == 0 {
		return append(problems, "spec.selector is empty")
	}
	selector, err := metav1.LabelSelectorAsSelector(d.Spec.Selector)
	if err != nil {
		return append(problems, "spec.selector: "+err.Error())
	}
	if !selector.Matches(labels.Set(d.Spec.Template.Labels)) {
		problems = append(problems, "spec.selector does not match spec.template.metadata.labels (the API server refuses it)")
	}
	pod := d.Spec.Template.Spec
	if sa := pod.ServiceAccountName; sa != "" && sa != "default" && !r.accounts[sa] {
		problems = append(problems, fmt.Sprintf("serviceAccountName %q is not rendered", sa))
	}
	volumes := map[string]corev1.Volume{}
	for _, v := range pod.Volumes {
		volumes[v.Name] = v
		if v.Secret != nil {
			problems = append(problems, r.checkSecretItems("volume "+v.Name, v.Secret.SecretName, v.Secret.Items)...)
		}
		if v.Projected != nil {
			for _, src := range v.Projected.Sources {
				if src.Secret != nil {
					problems = append(problems, r.checkSecretItems("volume "+v.Name, src.Secret.Name, src.Secret.Items)...)
				}
			}
		}
	}
	if pod.TerminationGracePeriodSeconds != nil {
		for _, c := range pod.Containers {
			if c.Lifecycle != nil && c.Lifecycle.PreStop != nil && c.Lifecycle.PreStop.Sleep != nil &&
				c.Lifecycle.PreStop.Sleep.Seconds >= *pod.TerminationGracePeriodSeconds {
				problems = append(problems, "the preStop sleep uses up terminationGracePeriodSeconds")
			}
		}
	}
	for _, c := range append(append([]corev1.Container{}, pod.InitContainers...), pod.Containers...) {
		problems = append(problems, prefix("container "+c.Name, checkContainer(c, volumes))...)
	}
	return problems
}

// checkSecretItems: a Secret the chart renders itself must have the keys the pod reads from it.
func (r *rendered) checkSecretItems(where, name string, items []corev1.KeyToPath) []string {
	secret, ok := r.secrets[name]
	if !ok {
		return nil // an existing Secret, created outside the chart
	}
	var problems []string
	for _, it := range items {
		_, inData := secret.Data[it.Key]
		_, inString := secret.StringData[it.Key]
		if !inData && !inString {
			problems = append(problems, fmt.Sprintf("%s reads key %q, which Secret/%s does not have", where, it.Key, name))
		}
	}
	return problems
}

func checkContainer(c corev1.Container, volumes map[string]corev1.Volume) []string {
	var problems []string
	ports := map[string]int32{}
	numbers := map[int32]bool{}
	for _, p := range c.Ports {
		numbers[p.ContainerPort] = true
		if p.Name == "" {
			continue
		}
		for _, msg := range validation.IsValidPortName(p.Name) {
			problems = append(problems, fmt.Sprintf("port name %q: %s", p.Name, msg))
		}
		if _, dup := ports[p.Name]; dup {
			problems = append(problems, fmt.Sprintf("port name %q used twice", p.Name))
		}
		ports[p.Name] = p.ContainerPort
	}
	for what, probe := range map[string]*corev1.Probe{"livenessProbe": c.LivenessProbe, "readinessProbe": c.ReadinessProbe, "startupProbe": c.StartupProbe} {
		if probe == nil {
			continue
		}
		if probe.HTTPGet == nil && probe.TCPSocket == nil && probe.Exec == nil && probe.GRPC == nil {
			problems = append(problems, what+" has no handler")
		}
		if probe.HTTPGet != nil {
			problems = append(problems, checkPortRef(what, probe.HTTPGet.Port, ports, numbers)...)
		}
	}
	if c.Lifecycle != nil && c.Lifecycle.PreStop != nil && c.Lifecycle.PreStop.Exec == nil && c.Lifecycle.PreStop.Sleep == nil && c.Lifecycle.PreStop.HTTPGet == nil {
		problems = append(problems, "preStop has no handler")
	}
	seen := map[string]bool{}
	for _, e := range c.Env {
		for _, msg := range validation.IsEnvVarName(e.Name) {
			problems = append(problems, fmt.Sprintf("env %q: %s", e.Name, msg))
		}
		if seen[e.Name] {
			problems = append(problems, fmt.Sprintf("env %q set twice (the last one wins silently)", e.Name))
		}
		seen[e.Name] = true
	}
	for _, m := range c.VolumeMounts {
		if _, ok := volumes[m.Name]; !ok {
			problems = append(problems, fmt.Sprintf("volumeMount %q names no volume of the pod", m.Name))
		}
	}
	for name, limit := range c.Resources.Limits {
		if request, ok := c.Resources.Requests[name]; ok && request.Cmp(limit) > 0 {
			problems = append(problems, fmt.Sprintf("%s request %s is above its limit %s", name, request.String(), limit.String()))
		}
	}
	return problems
}

func checkPortRef(what string, port intstr.IntOrString, names map[string]int32, numbers map[int32]bool) []string {
	if port.Type == intstr.String {
		if _, ok := names[port.StrVal]; !ok {
			return []string{fmt.Sprintf("%s uses port %q, which the container does not declare", what, port.StrVal)}
		}
		return nil
	}
	if port.IntVal < 1 || port.IntVal > 65535 {
		return []string{fmt.Sprintf("%s port %d is out of range", what, port.IntVal)}
	}
	return nil
}

// podsSelectedBy returns the Deployments whose pods a Service-style selector picks.
func (r *rendered) podsSelectedBy(selector labels.Selector) []*appsv1.Deployment {
	var out []*appsv1.Deployment
	for _, d := range r.deployments {
		if selector.Matches(labels.Set(d.Spec.Template.Labels)) {
			out = append(out, d)
		}
	}
	return out
}

func (r *rendered) checkService(s *corev1.Service) []string {
	if len(s.Spec.Selector) == 0 {
		return []string{"has no selector"}
	}
	var problems []string
	selected := r.podsSelectedBy(labels.SelectorFromSet(s.Spec.Selector))
	if len(selected) == 0 {
		return []string{"selects no pod of the rendered Deployments"}
	}
	for _, p := range s.Spec.Ports {
		if p.TargetPort.Type != intstr.String {
			continue
		}
		for _, d := range selected {
			if !declaresPort(d, p.TargetPort.StrVal) {
				problems = append(problems, fmt.Sprintf("port %q targets %q, which the pods of Deployment/%s do not declare", p.Name, p.TargetPort.StrVal, d.Name))
			}
		}
	}
	return problems
}

func declaresPort(d *appsv1.Deployment, name string) bool {
	for _, c := range d.Spec.Template.Spec.Containers {
		for _, p := range c.Ports {
			if p.Name == name {
				return true
			}
		}
	}
	return false
}

func (r *rendered) service(name string) *corev1.Service {
	for _, s := range r.services {
		if s.Name == name {
			return s
		}
	}
	return nil
}

func servicePort(s *corev1.Service, name string, number int32) bool {
	for _, p := range s.Spec.Ports {
		if (name != "" && p.Name == name) || (name == "" && p.Port == number) {
			return true
		}
	}
	return false
}

func (r *rendered) checkIngress(ing *networkingv1.Ingress) []string {
	var problems []string
	backend := func(where string, b networkingv1.IngressBackend) {
		if b.Service == nil {
			problems = append(problems, where+" has no service backend")
			return
		}
		s := r.service(b.Service.Name)
		if s == nil {
			problems = append(problems, fmt.Sprintf("%s: Service %q is not rendered", where, b.Service.Name))
			return
		}
		if !servicePort(s, b.Service.Port.Name, b.Service.Port.Number) {
			problems = append(problems, fmt.Sprintf("%s: Service/%s has no port %s%d", where, s.Name, b.Service.Port.Name, b.Service.Port.Number))
		}
	}
	if ing.Spec.DefaultBackend != nil {
		backend("defaultBackend", *ing.Spec.DefaultBackend)
	}
	if len(ing.Spec.Rules) == 0 && ing.Spec.DefaultBackend == nil {
		problems = append(problems, "has neither rules nor a default backend")
	}
	hosts := map[string]bool{}
	for i, rule := range ing.Spec.Rules {
		if rule.Host != "" {
			check := validation.IsDNS1123Subdomain
			if strings.HasPrefix(rule.Host, "*.") {
				check = validation.IsWildcardDNS1123Subdomain
			}
			for _, msg := range check(rule.Host) {
				problems = append(problems, fmt.Sprintf("rules[%d].host %q: %s", i, rule.Host, msg))
			}
			hosts[rule.Host] = true
		}
		if rule.HTTP == nil {
			continue
		}
		for j, path := range rule.HTTP.Paths {
			where := fmt.Sprintf("rules[%d].http.paths[%d]", i, j)
			if path.PathType == nil {
				problems = append(problems, where+": pathType is required")
			}
			if !strings.HasPrefix(path.Path, "/") {
				problems = append(problems, where+": path must start with /")
			}
			backend(where, path.Backend)
		}
	}
	for i, tls := range ing.Spec.TLS {
		for _, h := range tls.Hosts {
			if !hosts[h] {
				problems = append(problems, fmt.Sprintf("tls[%d] names host %q, which no rule serves", i, h))
			}
		}
	}
	return problems
}

func (r *rendered) checkPDB(pdb *policyv1.PodDisruptionBudget) []string {
	var problems []string
	if (pdb.Spec.MinAvailable == nil) == (pdb.Spec.MaxUnavailable == nil) {
		problems = append(problems, "needs exactly one of minAvailable and maxUnavailable")
	}
	if pdb.Spec.Selector == nil {
		return append(problems, "has no selector")
	}
	selector, err := metav1.LabelSelectorAsSelector(pdb.Spec.Selector)
	if err != nil {
		return append(problems, "selector: "+err.Error())
	}
	if len(r.podsSelectedBy(selector)) == 0 {
		problems = append(problems, "selects no pod of the rendered Deployments")
	}
	return problems
}

func (r *rendered) checkServiceMonitor(m *monitoringv1.ServiceMonitor) []string {
	var problems []string
	selector, err := metav1.LabelSelectorAsSelector(&m.Spec.Selector)
	if err != nil {
		return []string{"selector: " + err.Error()}
	}
	var selected []*corev1.Service
	for _, s := range r.services {
		if selector.Matches(labels.Set(s.Labels)) && (m.Spec.NamespaceSelector.Any || len(m.Spec.NamespaceSelector.MatchNames) == 0 || contains(m.Spec.NamespaceSelector.MatchNames, s.Namespace)) {
			selected = append(selected, s)
		}
	}
	if len(selected) == 0 {
		return []string{"selects no rendered Service (by its labels and namespaceSelector)"}
	}
	if len(m.Spec.Endpoints) == 0 {
		problems = append(problems, "has no endpoints")
	}
	for i, e := range m.Spec.Endpoints {
		if e.Port == "" {
			problems = append(problems, fmt.Sprintf("endpoints[%d] names no Service port", i))
			continue
		}
		var missing []string
		for _, s := range selected {
			if !servicePort(s, e.Port, 0) {
				missing = append(missing, s.Name)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			problems = append(problems, fmt.Sprintf("endpoints[%d] port %q: not a port of Service %s", i, e.Port, strings.Join(missing, ", ")))
		}
		if e.Path != "" && !strings.HasPrefix(e.Path, "/") {
			problems = append(problems, fmt.Sprintf("endpoints[%d] path must start with /", i))
		}
	}
	return problems
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
