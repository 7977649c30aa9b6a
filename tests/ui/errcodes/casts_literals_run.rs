// Unsuffixed literals take the type their cast asks for.
#[derive(Clone, Copy)]
enum Dir {
    North,
    East,
    South,
}

fn main() {
    let a = 65 as char;
    let z = (0x7a) as char;
    let big = 3000000000 as i64;
    let neg = -3 as i64;
    let f = 2.5 as f32;
    let d = Dir::South as u8;
    let e = Dir::East as i32 + Dir::North as i32;
    let t = true as u8 + false as u8;
    let c = 'A' as u32 as f64;
    println!("{} {} {} {} {} {} {} {} {}", a, z, big, neg, f, d, e, t, c);
}
