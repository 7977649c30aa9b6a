// Any number of shared borrows may coexist, and reading the owner is fine.
#[derive(Debug)]
struct Grid {
    w: u32,
    h: u32,
}

fn area(g: &Grid) -> u32 {
    g.w * g.h
}

fn main() {
    let g = Grid { w: 3, h: 4 };
    let a = &g;
    let b = &g;
    let w = &g.w;
    println!("{} {} {} {:?}", area(a), area(b), w, g);
    let gg = &a;
    println!("{}", gg.h);
}
