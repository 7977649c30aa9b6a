//@ mode: check
mod shapes {
    type Side = f32;

    pub fn square(s: f32) -> f32 {
        s * s
    }
}

fn main() {
    let s: shapes::Side = 2.0;
    println!("{}", shapes::square(s));
}
