use std::ops::Index;

struct Palette {
    colors: Vec<u32>,
}

impl Index<usize> for Palette {
    type Output = u32;

    fn index(&self, i: usize) -> &u32 {
        &self.colors[i]
    }
}

fn main() {
    let p = Palette { colors: vec![0xff0000, 0x00ff00] };
    let i: i32 = 1;
    println!("{}", p[i]);
}
