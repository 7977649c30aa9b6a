#[derive(Debug)]
struct Id(u32);

impl From<u32> for Id {
    fn from(n: u32) -> Id {
        Id(n)
    }
}

fn make_all<T: From<u32>>(raw: &[u32]) -> Vec<T> {
    let mut out = Vec::new();
    for r in raw {
        out.push(T::from(*r));
    }
    out
}

fn main() {
    let ids: Vec<Id> = make_all(&[3, 5]);
    let wide: Vec<u64> = make_all(&[7]);
    println!("{:?} {:?} {}", ids, wide, ids[1].0);
}
