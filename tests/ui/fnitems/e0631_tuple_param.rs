fn area((w, h): (u32, u32)) -> u32 {
    w * h
}

fn total<F: Fn(&(u32, u32)) -> u32>(f: F, rects: &[(u32, u32)]) -> u32 {
    rects.iter().map(|r| f(r)).sum()
}

fn main() {
    println!("{}", total(area, &[(1, 2), (3, 4)]));
}
