trait Scale<T> {
    fn scale(&self, by: T) -> Self;
}

#[derive(Debug)]
struct Size {
    w: u32,
    h: u32,
}

impl Scale<u32> for Size {
    fn scale(&self, by: u32) -> Size {
        Size { w: self.w * by, h: self.h * by }
    }
}

impl Scale<f64> for Size {
    fn scale(&self, by: f64) -> Size {
        Size { w: (self.w as f64 * by) as u32, h: (self.h as f64 * by) as u32 }
    }
}

fn main() {
    let s = Size { w: 4, h: 6 };
    let a = s.scale(3u32);
    let b = s.scale(0.5);
    println!("{:?} {:?}", a, b);
}
