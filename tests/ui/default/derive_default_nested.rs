#[derive(Debug, Default)]
struct Limits {
    min: u8,
    max: Option<u8>,
}

#[derive(Debug, Default)]
struct Profile {
    id: u64,
    limits: Limits,
}

fn main() {
    let p: Profile = Default::default();
    println!("{:?}", p);
    println!("{} {} {:?}", p.id, p.limits.min, p.limits.max);
}
