mod units {
    pub const CM_PER_M: u32 = 100;
    pub const MM_PER_CM: u32 = 10;
    pub fn to_cm(m: u32) -> u32 {
        m * CM_PER_M
    }
    pub fn to_mm(cm: u32) -> u32 {
        cm * MM_PER_CM
    }
}

use units::{to_cm, to_mm, CM_PER_M, MM_PER_CM};

fn main() {
    let cm = to_cm(2);
    println!("{} cm = {} mm", cm, units::to_mm(cm));
}
