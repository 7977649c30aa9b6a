struct Size {
    w: u32,
    h: u32,
}

type Dim = Size;

fn main() {
    let d = Dim { w: 3, h: 5 };
    let Dim { w, h } = d;
    println!("{}", w * h);
}
