use std::fmt;

struct Probe;

impl fmt::Display for Probe {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let w = f.width();
        let p = f.precision();
        let fill = f.fill();
        let alt = f.alternate();
        let plus = f.sign_plus();
        let zero = f.sign_aware_zero_pad();
        write!(f, "w={:?} p={:?} fill={:?} alt={} plus={} zero={}", w, p, fill, alt, plus, zero)
    }
}

fn main() {
    println!("{}", Probe);
    println!("{:>7.2}", Probe);
    println!("{:*<3}", Probe);
    println!("{:#}", Probe);
    println!("{:+08}", Probe);
    let n = 5;
    println!("{:n$}", Probe);
}
